package pipeline

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

func TestJetStreamNotReady(t *testing.T) {
	tests := []struct {
		err  error
		want bool
	}{
		{fmt.Errorf("pipeline: set up stream PAGES: %w", context.DeadlineExceeded), true},
		{nats.ErrNoResponders, true},
		{&jetstream.APIError{Code: 503, ErrorCode: 10008, Description: "JetStream system temporarily unavailable"}, true},
		{&jetstream.APIError{Code: 400, ErrorCode: 10058, Description: "stream name already in use with a different configuration"}, false},
		{errors.New("permissions violation for publish"), false},
	}
	for _, tc := range tests {
		if got := jetStreamNotReady(tc.err); got != tc.want {
			t.Errorf("jetStreamNotReady(%v) = %v, want %v", tc.err, got, tc.want)
		}
	}
}
