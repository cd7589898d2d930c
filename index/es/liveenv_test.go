package esindex

import (
	"fmt"
	"os"
	"strings"
)

// Environment variables of the live tests (the commands read the
// BYLINE_INDEX_ELASTICSEARCH_* variables through package config).
const (
	EnvURL      = "BYLINE_ES_URL"      // comma-separated node URLs
	EnvAPIKey   = "BYLINE_ES_API_KEY"  // base64 API key
	EnvUsername = "BYLINE_ES_USERNAME" // basic auth user
	EnvPassword = "BYLINE_ES_PASSWORD" // basic auth password
	EnvCloudID  = "BYLINE_ES_CLOUD_ID" // Elastic Cloud deployment id
	EnvCACert   = "BYLINE_ES_CA_CERT"  // path to a PEM CA bundle
	EnvPrefix   = "BYLINE_ES_INDEX"    // index prefix / alias (default byline-articles)
)

// ConfigFromEnv builds a Config from the BYLINE_ES_* environment variables;
// unset variables leave the defaults. BYLINE_ES_CA_CERT names a file, which
// is read here.
func ConfigFromEnv() (Config, error) {
	var c Config
	if v := strings.TrimSpace(os.Getenv(EnvURL)); v != "" {
		for _, a := range strings.Split(v, ",") {
			if a = strings.TrimSpace(a); a != "" {
				c.Addresses = append(c.Addresses, strings.TrimRight(a, "/"))
			}
		}
	}
	c.APIKey = os.Getenv(EnvAPIKey)
	c.Username = os.Getenv(EnvUsername)
	c.Password = os.Getenv(EnvPassword)
	c.CloudID = os.Getenv(EnvCloudID)
	c.IndexPrefix = os.Getenv(EnvPrefix)
	if p := os.Getenv(EnvCACert); p != "" {
		b, err := os.ReadFile(p)
		if err != nil {
			return c, fmt.Errorf("%s: %w", EnvCACert, err)
		}
		c.CACert = b
	}
	return c, nil
}
