package crawler

import (
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// TestOpenStoreWithoutFrontBucket: a data file written by a version
// before the front bucket (queue, seen, inflight and retry only) opens,
// counts what it holds queued and in flight, and pops it all.
func TestOpenStoreWithoutFrontBucket(t *testing.T) {
	tests := []struct {
		name             string
		queued, inflight []string
	}{
		{"empty", nil, nil},
		{"backlog", []string{"https://a.example/1", "https://a.example/2"}, nil},
		{"backlog and a dead run's in-flight item", []string{"https://a.example/1"}, []string{"https://a.example/3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			db, err := bolt.Open(filepath.Join(dir, "old.crawl.db"), 0o640, nil)
			if err != nil {
				t.Fatal(err)
			}
			err = db.Update(func(tx *bolt.Tx) error {
				bs := map[string]*bolt.Bucket{}
				for _, name := range []string{"queue", "seen", "inflight", "retry"} {
					b, err := tx.CreateBucket([]byte(name))
					if err != nil {
						return err
					}
					bs[name] = b
				}
				for _, u := range tt.queued {
					seq, err := bs["queue"].NextSequence()
					if err != nil {
						return err
					}
					if err := putJSON(bs["queue"], seqKey(seq), &item{URL: u, Kind: kindPage, Via: "link"}); err != nil {
						return err
					}
					if err := putJSON(bs["seen"], []byte(u), &record{State: stateQueued, Kind: kindPage, Seq: seq}); err != nil {
						return err
					}
				}
				for _, u := range tt.inflight {
					if err := putJSON(bs["inflight"], []byte(u), &item{URL: u, Kind: kindPage, Via: "link"}); err != nil {
						return err
					}
				}
				return nil
			})
			if cerr := db.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				t.Fatalf("write old-format file: %v", err)
			}
			s, err := openStore(dir, "old")
			if err != nil {
				t.Fatalf("open old-format file: %v", err)
			}
			defer s.close()
			want := len(tt.queued) + len(tt.inflight)
			if n := s.queueLen(); n != int64(want) {
				t.Errorf("queue length %d, want %d", n, want)
			}
			var got []string
			for {
				it, ok, err := s.pop("run-2")
				if err != nil {
					t.Fatalf("pop: %v", err)
				}
				if !ok {
					break
				}
				got = append(got, it.URL)
			}
			if len(got) != want || s.queueLen() != 0 {
				t.Errorf("popped %v (queue length now %d), want %d items", got, s.queueLen(), want)
			}
		})
	}
}
