package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"

	"github.com/hokusai-protocol/hokusai"
)

var updateREADME = flag.Bool("update-readme", false, "rewrite README.md's table of serve settings from the flags")

// parseServe parses args as `hokusai serve` does, then loads the
// configuration from environ.
func parseServe(t *testing.T, args, environ []string) (*serveConfig, error) {
	t.Helper()
	cfg := &serveConfig{}
	f := pflag.NewFlagSet("serve", pflag.ContinueOnError)
	serveFlags(f, cfg)
	if err := f.Parse(args); err != nil {
		t.Fatal(err)
	}
	var err error
	cfg.origins, err = loadConfig(f, environ)
	return cfg, err
}

func writeConfig(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "hokusai.yaml")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// Defaults < file < environment < flags, setting by setting.
func TestConfigPrecedence(t *testing.T) {
	file := writeConfig(t, "http_addr: 127.0.0.1:1111\nlog_level: warn\nconfirmations: 7\nallow_missing_blobs: true\neval_timeout: 90s\n")
	for _, tc := range []struct {
		name    string
		args    []string
		env     []string
		addr    string
		from    string // origin of http-addr
		level   string
		conf    uint64
		missing bool
		timeout time.Duration
	}{
		{name: "defaults", addr: "127.0.0.1:8080", from: "--http-addr", level: "info", conf: 3, timeout: 2 * time.Minute},
		{name: "file", args: []string{"--config", file}, addr: "127.0.0.1:1111", from: "http_addr in " + file, level: "warn", conf: 7, missing: true, timeout: 90 * time.Second},
		{name: "file named by HOKUSAI_CONFIG", env: []string{"HOKUSAI_CONFIG=" + file}, addr: "127.0.0.1:1111", from: "http_addr in " + file, level: "warn", conf: 7, missing: true, timeout: 90 * time.Second},
		{name: "env over file", args: []string{"--config", file}, env: []string{"HOKUSAI_HTTP_ADDR=127.0.0.1:2222", "HOKUSAI_CONFIRMATIONS=9"},
			addr: "127.0.0.1:2222", from: "HOKUSAI_HTTP_ADDR", level: "warn", conf: 9, missing: true, timeout: 90 * time.Second},
		{name: "flag over env over file", args: []string{"--config", file, "--http-addr", "127.0.0.1:3333", "--allow-missing-blobs=false"},
			env: []string{"HOKUSAI_HTTP_ADDR=127.0.0.1:2222", "HOKUSAI_LOG_LEVEL=debug"}, addr: "127.0.0.1:3333", from: "--http-addr", level: "debug", conf: 7, timeout: 90 * time.Second},
		{name: "empty env is unset", env: []string{"HOKUSAI_HTTP_ADDR=", "HOKUSAI_LOG_LEVEL=error"}, addr: "127.0.0.1:8080", from: "--http-addr", level: "error", conf: 3, timeout: 2 * time.Minute},
		{name: "other commands' variables are ignored", env: []string{"HOKUSAI_SERVER=http://x", "HOKUSAI_PASSWORD=p", "HOKUSAI_http_addr=127.0.0.1:4444"},
			addr: "127.0.0.1:8080", from: "--http-addr", level: "info", conf: 3, timeout: 2 * time.Minute},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg, err := parseServe(t, tc.args, tc.env)
			if err != nil {
				t.Fatal(err)
			}
			if cfg.httpAddr != tc.addr || cfg.origin("http-addr") != tc.from || cfg.logLevel != tc.level ||
				cfg.confirmations != tc.conf || cfg.allowMissingBlobs != tc.missing || cfg.evalTimeout != tc.timeout {
				t.Fatalf("got addr %s (from %s), level %s, confirmations %d, allow-missing-blobs %v, eval-timeout %s",
					cfg.httpAddr, cfg.origin("http-addr"), cfg.logLevel, cfg.confirmations, cfg.allowMissingBlobs, cfg.evalTimeout)
			}
		})
	}
}

// Hidden settings (crash drills) are set through the environment too, as
// the crash tests do.
func TestConfigHiddenFromEnv(t *testing.T) {
	cfg, err := parseServe(t, nil, []string{"HOKUSAI_SETTLE_PAUSE=broadcast:10m"})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.settlePause != "broadcast:10m" || cfg.origin("settle-pause") != "HOKUSAI_SETTLE_PAUSE" {
		t.Fatalf("settle-pause = %q from %s", cfg.settlePause, cfg.origin("settle-pause"))
	}
}

// Errors name the key, variable or flag, and where it came from.
func TestConfigErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope.yaml")
	unknown := writeConfig(t, "http_addr: 127.0.0.1:1\nhttp_adress: typo\n")
	nested := writeConfig(t, "database:\n  url: postgres://x\n")
	badFile := writeConfig(t, "confirmations: many\n")
	notYAML := writeConfig(t, "http_addr: [unclosed\n")
	huge := writeConfig(t, "# "+strings.Repeat("x", maxConfigBytes)+"\n")
	for _, tc := range []struct {
		name  string
		args  []string
		env   []string
		field string
		want  []string // substrings of the message
	}{
		{"unknown key", []string{"--config", unknown}, nil, "config", []string{`"http_adress"`, unknown}},
		{"nested key", []string{"--config", nested}, nil, "config", []string{`"database.url"`, nested}},
		{"config is no file key", []string{"--config", writeConfig(t, "config: other.yaml\n")}, nil, "config", []string{`"config"`}},
		{"missing file", []string{"--config", missing}, nil, "config", []string{missing, "does not exist", "--config"}},
		{"missing file from env", nil, []string{"HOKUSAI_CONFIG=" + missing}, "config", []string{missing, "HOKUSAI_CONFIG"}},
		{"not YAML", []string{"--config", notYAML}, nil, "config", []string{notYAML}},
		{"huge file", []string{"--config", huge}, nil, "config", []string{huge, "at most 1048576"}},
		{"bad file value", []string{"--config", badFile}, nil, "confirmations", []string{"confirmations in " + badFile, `"many"`}},
		{"bad env value", nil, []string{"HOKUSAI_EVAL_TIMEOUT=soon"}, "eval-timeout", []string{"HOKUSAI_EVAL_TIMEOUT", `"soon"`}},
		{"bad env bool", nil, []string{"HOKUSAI_ALLOW_MISSING_BLOBS=perhaps"}, "allow-missing-blobs", []string{"HOKUSAI_ALLOW_MISSING_BLOBS"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseServe(t, tc.args, tc.env)
			if hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != tc.field {
				t.Fatalf("err = %v (code %s, field %q); want EINVALID on %q", err, hokusai.ErrorCode(err), hokusai.ErrorField(err), tc.field)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Fatalf("%q does not mention %q", err, w)
				}
			}
		})
	}
}

// A value that parses but is out of range names its source when the
// server checks it.
func TestConfigRangeNamesSource(t *testing.T) {
	cfg := defaultServeConfig()
	cfg.origins = map[string]string{"log-level": "HOKUSAI_LOG_LEVEL"}
	cfg.logLevel = "loud"
	cfg.dataDir = t.TempDir()
	_, err := startServer(t.Context(), cfg)
	if hokusai.ErrorField(err) != "log-level" || !strings.Contains(err.Error(), "HOKUSAI_LOG_LEVEL") {
		t.Fatalf("err = %v", err)
	}
}

// The README lists every visible serve setting, as the flags declare
// them: regenerate with
// go test ./cmd/hokusai -run TestConfigREADME -args -update-readme
func TestConfigREADME(t *testing.T) {
	const begin, end = "<!-- serve settings: begin (generated by TestConfigREADME) -->\n", "<!-- serve settings: end -->\n"
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(readme)
	i, j := strings.Index(s, begin), strings.Index(s, end)
	if i < 0 || j < i {
		t.Fatalf("README.md has no %q … %q block", begin, end)
	}
	f := pflag.NewFlagSet("serve", pflag.ContinueOnError)
	serveFlags(f, &serveConfig{})
	want := configTable(f)
	if got := s[i+len(begin) : j]; got != want {
		if !*updateREADME {
			t.Fatalf("README.md's serve settings differ from the flags; run go test ./cmd/hokusai -run TestConfigREADME -args -update-readme\nwant:\n%s", want)
		}
		if err := os.WriteFile("../../README.md", []byte(s[:i+len(begin)]+want+s[j:]), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, key := range []string{"http_addr", "HOKUSAI_HTTP_ADDR", "--database", "HOKUSAI_EVAL_WORKERS", "settle_interval"} {
		if !strings.Contains(want, key) {
			t.Fatalf("the table lacks %s", key)
		}
	}
}

// A bad --blobs URL is refused before anything starts, naming the setting
// and where its value came from, without the secret key.
func TestServeBlobsURLNamesSource(t *testing.T) {
	cfg := defaultServeConfig()
	cfg.dataDir = t.TempDir()
	cfg.blobs = "s3://KEY:SECRET@packages?bogus=1"
	cfg.origins = map[string]string{"blobs": "HOKUSAI_BLOBS"}
	_, err := startServer(t.Context(), cfg)
	if hokusai.ErrorField(err) != "blobs" || !strings.Contains(err.Error(), "HOKUSAI_BLOBS") || !strings.Contains(err.Error(), "bogus") || strings.Contains(err.Error(), "SECRET") {
		t.Fatalf("err = %v", err)
	}
}
