package config

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestParseAndOverride(t *testing.T) {
	const file = `
data: /srv/byline
crawl:
  jobs:
    - name: a
      seeds: [https://a.example/]
    - name: b
      seeds: [https://b.example/]
      data_dir: /var/b
pipeline:
  index_flush: 500ms
  extract_workers: 2
nats:
  url: nats://u:pw@nats:4222
index:
  elasticsearch:
    url: https://es:9200
    username: byline
    password: hunter2
server:
  addr: 0.0.0.0:8080
`
	tests := []struct {
		name  string
		env   map[string]string
		check func(t *testing.T, c Config)
	}{
		{"file", nil, func(t *testing.T, c Config) {
			if c.Data != "/srv/byline" || c.Pipeline.IndexFlush != 500*time.Millisecond || c.Pipeline.ExtractWorkers != 2 ||
				c.Index.Elasticsearch.Password != "hunter2" || c.Server.Addr != "0.0.0.0:8080" || len(c.Crawl.Jobs) != 2 {
				t.Errorf("config = %+v", c)
			}
		}},
		{"environment over file", map[string]string{
			"BYLINE_PIPELINE_INDEX_FLUSH":         "2s",
			"BYLINE_PIPELINE_EXTRACT_BACKOFF":     "1s, 2s",
			"BYLINE_PIPELINE_EXTRACT_CONCURRENCY": "3",
			"BYLINE_NATS_URL":                     "nats://other:4222",
			"BYLINE_CRAWL_SEEDS":                  "https://x.example/,https://y.example/",
			"BYLINE_CRAWL_ALLOW_PRIVATE":          "true",
		}, func(t *testing.T, c Config) {
			if c.Pipeline.IndexFlush != 2*time.Second || !slices.Equal(c.Pipeline.Extract.BackOff, []time.Duration{time.Second, 2 * time.Second}) ||
				c.Pipeline.Extract.Concurrency != 3 || c.NATS.URL != "nats://other:4222" || len(c.Crawl.Seeds) != 2 || !c.Crawl.AllowPrivate {
				t.Errorf("config = %+v", c)
			}
		}},
		{"legacy ES names, newer wins", map[string]string{
			"BYLINE_ES_PASSWORD":                 "old",
			"BYLINE_ES_API_KEY":                  "k1",
			"BYLINE_INDEX_ELASTICSEARCH_API_KEY": "k2",
			"BYLINE_ES_INDEX":                    "news",
		}, func(t *testing.T, c Config) {
			es := c.Index.Elasticsearch
			if es.Password != "old" || es.APIKey != "k2" || es.IndexPrefix != "news" {
				t.Errorf("elasticsearch = %+v", es)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse([]byte(file))
			if err != nil {
				t.Fatal(err)
			}
			if err := c.ApplyEnv(func(k string) (string, bool) { v, ok := tt.env[k]; return v, ok }); err != nil {
				t.Fatal(err)
			}
			c = c.WithDefaults()
			if err := c.Validate(); err != nil {
				t.Fatal(err)
			}
			tt.check(t, c)
		})
	}
}

func TestJobs(t *testing.T) {
	c, err := Parse([]byte("crawl:\n  jobs:\n    - {name: a, seeds: [https://a.example/]}\n    - {name: b, seeds: [https://b.example/], data_dir: /var/b}\n"))
	if err != nil {
		t.Fatal(err)
	}
	c.Data = "/d"
	c.Crawl.MaxPages = 7
	c.Crawl.Sitemaps = []string{"https://a.example/sitemap.xml"}
	jobs, err := c.Jobs()
	if err != nil {
		t.Fatal(err)
	}
	if len(jobs) != 2 || jobs[0].DataDir != "/d/crawl" || jobs[1].DataDir != "/var/b" || jobs[0].MaxPages != 7 ||
		jobs[0].Seeds[0] != "https://a.example/" || len(jobs[1].Sitemaps) != 1 {
		t.Errorf("jobs = %+v", jobs)
	}
	c.Crawl.Job = "b"
	if jobs, err = c.Jobs(); err != nil || len(jobs) != 1 || jobs[0].Name != "b" {
		t.Errorf("job b: %+v, %v", jobs, err)
	}
	c.Crawl.Job = "zz"
	if _, err = c.Jobs(); err == nil || !strings.Contains(err.Error(), `no crawl job "zz"`) {
		t.Errorf("unknown job: %v", err)
	}
	var none Config
	if _, err := none.WithDefaults().Jobs(); err == nil {
		t.Error("no file and no seeds: want an error")
	}
	none.Crawl.Seeds = []string{"https://n.example/"}
	if jobs, err := none.WithDefaults().Jobs(); err != nil || len(jobs) != 1 || jobs[0].Name != "default" {
		t.Errorf("flags-only job: %+v, %v", jobs, err)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct{ name, yaml, env, want string }{
		{"unknown section", "bogus: 1\n", "", "field bogus not found"},
		{"unknown key", "nats:\n  ur: x\n", "", "field ur not found"},
		{"bad crawl", "crawl:\n  jobs: []\n", "", "no jobs"},
		{"bad pipeline", "pipeline:\n  replicas: 9\n", "", "replicas 9"},
		{"listen with url", "nats:\n  url: nats://a:4222\n  listen: 127.0.0.1:4222\n", "", "nats.listen"},
		{"bad es url", "index:\n  elasticsearch:\n    url: es:9200\n", "", "http:// or https://"},
		{"bad addr", "server:\n  addr: nohost\n", "", "server.addr"},
		{"bad env int", "", "BYLINE_PIPELINE_REPLICAS=three", "BYLINE_PIPELINE_REPLICAS"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse([]byte(tt.yaml))
			if err == nil && tt.env != "" {
				k, v, _ := strings.Cut(tt.env, "=")
				err = c.ApplyEnv(func(s string) (string, bool) { return v, s == k })
			}
			if err == nil {
				err = c.WithDefaults().Validate()
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

// TestErrorLines: an error in a section names the key's line in the file,
// not its line within the section.
func TestErrorLines(t *testing.T) {
	tests := []struct{ name, yaml, want string }{
		{"unknown section", "# c\npipline:\n  storage: file\n", "line 2: field pipline not found"},
		{"pipeline key", "# c\n\npipeline:\n  replicas: 1\n  storag: file\n", "line 5: field storag not found"},
		{"nats key", "data: d\nnats:\n  ur: x\n", "line 3: field ur not found"},
		{"index key", "index:\n  elasticsearch:\n    url: \"\"\n    prefix: x\n", "line 4: field prefix not found"},
		{"server key", "server:\n  addr: 127.0.0.1:1\n  adr: x\n", "line 3: field adr not found"},
		{"bad type", "pipeline:\n  storage: file\n  index_flush: [1]\n", "line 3: cannot unmarshal"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.yaml))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestMasked(t *testing.T) {
	var c Config
	c.NATS.URL = "nats://u:secret@a:4222,nats://b:4222"
	c.Index.Elasticsearch = Elasticsearch{URL: "https://es:9200", Username: "u", Password: "secret", APIKey: "key"}
	out, err := c.Masked().YAML()
	if err != nil {
		t.Fatal(err)
	}
	if s := string(out); strings.Contains(s, "secret") || strings.Contains(s, "key\n") || !strings.Contains(s, "*****") {
		t.Errorf("masked output:\n%s", s)
	}
	if c.Index.Elasticsearch.Password != "secret" {
		t.Error("Masked changed the original")
	}
}

func TestEnvNames(t *testing.T) {
	names := EnvNames()
	for _, want := range []string{"BYLINE_NATS_URL", "BYLINE_PIPELINE_INDEX_FLUSH", "BYLINE_PIPELINE_EXTRACT_CONCURRENCY",
		"BYLINE_INDEX_ELASTICSEARCH_PASSWORD", "BYLINE_ES_PASSWORD", "BYLINE_SERVER_ADDR", "BYLINE_DATA", "BYLINE_CRAWL_SEEDS"} {
		if !slices.Contains(names, want) {
			t.Errorf("EnvNames lacks %s", want)
		}
	}
}

// TestSecretsNeverPrinted checks every form of credential a NATS or
// Elasticsearch URL can carry: neither the masked configuration nor a
// validation error may show it.
func TestSecretsNeverPrinted(t *testing.T) {
	tests := []struct{ name, nats, es, secret string }{
		{"nats user and password", "nats://u:s3cret@a:4222", "", "s3cret"},
		{"nats token", "nats://t0kenS3cret@a:4222", "", "t0kenS3cret"},
		{"nats token, second of a cluster", "nats://a:4222,nats://t0kenS3cret@b:4222", "", "t0kenS3cret"},
		{"nats password that does not parse", "nats://u:pa%zzs3cret@a:4222", "", "s3cret"},
		{"nats url without scheme", "u:s3cret@a:4222", "", "s3cret"},
		{"es password that does not parse", "", "https://elastic:pa%zzs3cret@es:9200", "s3cret"},
		{"es password", "", "https://elastic:s3cret@es:9200", "s3cret"},
		// An unescaped / ? or # (base64 tokens hold /) ends the host
		// early, so the URL parses with no user at all.
		{"nats token with a slash", "nats://AbC/dEf+s3cret=@a:4222", "", "s3cret"},
		{"nats password with a slash", "nats://u:123/s3cret@a:4222", "", "s3cret"},
		{"nats token with a #", "nats://tok#s3cret@a:4222", "", "s3cret"},
		{"es password with a ?", "", "https://elastic:12?s3cret@es:9200", "s3cret"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c Config
			c.NATS.URL = tt.nats
			c.Index.Elasticsearch.URL = tt.es
			out, err := c.Masked().YAML()
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(string(out), tt.secret) {
				t.Errorf("masked output shows %q:\n%s", tt.secret, out)
			}
			if err := c.WithDefaults().Validate(); err != nil && strings.Contains(err.Error(), tt.secret) {
				t.Errorf("validation error shows %q: %v", tt.secret, err)
			}
		})
	}
}

// TestExplicitZeroCompressAbove: pipeline.compress_above: 0 (compress every
// page body) survives the defaults, here and in the pipeline constructors
// that apply them again, while an absent key keeps the default -1; the
// environment can set 0 too, and a later non-zero value wins.
func TestExplicitZeroCompressAbove(t *testing.T) {
	tests := []struct {
		name, yaml string
		env        map[string]string
		want       int
	}{
		{"absent", "pipeline:\n  replicas: 1\n", nil, -1},
		{"no pipeline section", "", nil, -1},
		{"file 0", "pipeline:\n  compress_above: 0\n", nil, 0},
		{"file 4096", "pipeline:\n  compress_above: 4096\n", nil, 4096},
		{"file -1", "pipeline:\n  compress_above: -1\n", nil, -1},
		{"env 0", "", map[string]string{"BYLINE_PIPELINE_COMPRESS_ABOVE": "0"}, 0},
		{"file 0, env 4096", "pipeline:\n  compress_above: 0\n", map[string]string{"BYLINE_PIPELINE_COMPRESS_ABOVE": "4096"}, 4096},
		{"file 4096, env 0", "pipeline:\n  compress_above: 4096\n", map[string]string{"BYLINE_PIPELINE_COMPRESS_ABOVE": "0"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse([]byte(tt.yaml))
			if err != nil {
				t.Fatal(err)
			}
			if err := c.ApplyEnv(func(k string) (string, bool) { v, ok := tt.env[k]; return v, ok }); err != nil {
				t.Fatal(err)
			}
			c = c.WithDefaults()
			if err := c.Validate(); err != nil {
				t.Fatal(err)
			}
			if got := c.Pipeline.CompressAbove; got != tt.want {
				t.Errorf("compress_above = %d, want %d", got, tt.want)
			}
			if got := c.Pipeline.Config.WithDefaults().CompressAbove; got != tt.want {
				t.Errorf("after the pipeline's own defaults compress_above = %d, want %d", got, tt.want)
			}
			out, err := c.YAML()
			if err != nil {
				t.Fatal(err)
			}
			if want := fmt.Sprintf("compress_above: %d\n", tt.want); !strings.Contains(string(out), want) {
				t.Errorf("printed configuration lacks %q:\n%s", want, out)
			}
		})
	}
}

// TestRefetch: a job's refetch key comes from the file; the override
// (BYLINE_CRAWL_REFETCH, --refetch) makes every job a re-fetch, a bad
// value is an error naming the variable, and config check prints it.
func TestRefetch(t *testing.T) {
	const file = "crawl:\n  jobs:\n    - {name: a, seeds: [https://a.example/], refetch: true}\n    - {name: b, seeds: [https://b.example/]}\n"
	tests := []struct {
		name    string
		env     string // BYLINE_CRAWL_REFETCH, "" for unset
		flag    bool   // what --refetch sets (config.Crawl.Refetch)
		want    []bool // per job
		wantErr string
	}{
		{name: "file", want: []bool{true, false}},
		{name: "environment", env: "true", want: []bool{true, true}},
		{name: "environment false leaves the file's", env: "false", want: []bool{true, false}},
		{name: "flag", flag: true, want: []bool{true, true}},
		{name: "bad value", env: "yes please", wantErr: `BYLINE_CRAWL_REFETCH="yes please"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse([]byte(file))
			if err != nil {
				t.Fatal(err)
			}
			err = c.ApplyEnv(func(k string) (string, bool) { return tt.env, k == "BYLINE_CRAWL_REFETCH" && tt.env != "" })
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one with %s", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tt.flag {
				c.Crawl.Refetch = true
			}
			jobs, err := c.WithDefaults().Jobs()
			if err != nil {
				t.Fatal(err)
			}
			var got []bool
			for _, j := range jobs {
				got = append(got, j.Refetch)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("refetch per job %v, want %v", got, tt.want)
			}
			c.Crawl.Jobs = jobs
			out, err := c.Masked().YAML()
			if err != nil {
				t.Fatal(err)
			}
			if n := strings.Count(string(out), "refetch: true"); n != strings.Count(fmt.Sprint(tt.want), "true") {
				t.Errorf("printed %d jobs with refetch: true, want %v:\n%s", n, tt.want, out)
			}
		})
	}
	if !slices.Contains(EnvNames(), "BYLINE_CRAWL_REFETCH") {
		t.Error("EnvNames lacks BYLINE_CRAWL_REFETCH")
	}
}
