package secret

import "testing"

func TestMaskUserinfo(t *testing.T) {
	tests := []struct{ in, want string }{
		{"nats://u:p@host:4222", "nats://***@host:4222"},
		{"nats://AbC/dEf=@host:4222", "nats://***@host:4222"},
		{"u:p@host:4222", "***@host:4222"},
		{"nats://host:4222", "nats://host:4222"},
	}
	for _, tt := range tests {
		if got, _ := MaskUserinfo(tt.in, "***"); got != tt.want {
			t.Errorf("MaskUserinfo(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
