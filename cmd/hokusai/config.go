package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/knadh/koanf/parsers/yaml"
	"github.com/knadh/koanf/providers/env/v2"
	"github.com/knadh/koanf/providers/file"
	"github.com/knadh/koanf/providers/posflag"
	"github.com/knadh/koanf/v2"
	"github.com/spf13/pflag"

	"github.com/hokusai-protocol/hokusai"
)

// serve's configuration: every setting is a flag declared in serveFlags,
// and the same setting is also a key in the --config YAML file (the flag
// name with "_" for "-": http_addr) and an environment variable (HOKUSAI_
// and the key in capitals: HOKUSAI_HTTP_ADDR). Precedence, lowest first:
// the flag's default, the file, the environment, the flag itself.

// envPrefix starts every environment variable that sets a serve setting.
const envPrefix = "HOKUSAI_"

// configFlag names the file of settings; it is itself a flag and
// HOKUSAI_CONFIG, never a key of the file.
const configFlag = "config"

// fileKey is the --config file's key for the flag named name.
func fileKey(name string) string { return strings.ReplaceAll(name, "-", "_") }

// envName is the environment variable for the flag named name.
func envName(name string) string { return envPrefix + strings.ToUpper(fileKey(name)) }

// configurable reports whether a flag is a setting the file and the
// environment may give (help and --config are not).
func configurable(f *pflag.Flag) bool { return f.Name != "help" && f.Name != configFlag }

// loadConfig gives each of fs's settings that was not set by its flag the
// value of its HOKUSAI_* variable in environ, else of its key in the
// --config file (or HOKUSAI_CONFIG), else its default, and returns where
// each value came from, by flag name ("--http-addr", "HOKUSAI_HTTP_ADDR"
// or "http_addr in FILE"). A key in the file that is no setting, a file
// that cannot be read and a value that does not parse are EINVALID
// errors naming the key, variable or flag and its source.

// maxConfigBytes bounds the --config file.
const maxConfigBytes = 1 << 20

func loadConfig(set *pflag.FlagSet, environ []string) (origins map[string]string, err error) {
	known := map[string]*pflag.Flag{} // by file key
	set.VisitAll(func(f *pflag.Flag) {
		if configurable(f) {
			known[fileKey(f.Name)] = f
		}
	})
	getenv := func(name string) string {
		for _, kv := range environ {
			if k, v, ok := strings.Cut(kv, "="); ok && k == name {
				return v
			}
		}
		return ""
	}

	// The file.
	path, pathFrom := "", ""
	if cf := set.Lookup(configFlag); cf != nil && cf.Changed {
		path, pathFrom = cf.Value.String(), "--"+configFlag
	} else if v := getenv(envName(configFlag)); v != "" {
		path, pathFrom = v, envName(configFlag)
	}
	fromFile := koanf.New(".")
	if path != "" {
		// A settings file is a few hundred bytes; a large one is the wrong file.
		if fi, err := os.Stat(path); err == nil && fi.Size() > maxConfigBytes {
			return nil, hokusai.FieldErrorf(configFlag, "The configuration file %s (%s) is %d bytes; a settings file is at most %d. Name the YAML file of settings.", path, pathFrom, fi.Size(), maxConfigBytes)
		}
		if err := fromFile.Load(file.Provider(path), yaml.Parser()); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, hokusai.FieldErrorf(configFlag, "The configuration file %s (%s) does not exist; create it or name another.", path, pathFrom)
			}
			return nil, hokusai.FieldErrorf(configFlag, "Cannot read the configuration file %s (%s): %v. It must be YAML with one key per setting, such as http_addr: 127.0.0.1:8080.", path, pathFrom, err)
		}
		for _, k := range fromFile.Keys() {
			if known[k] == nil {
				return nil, hokusai.FieldErrorf(configFlag, "Unknown key %q in the configuration file %s; the keys are those of `hokusai serve --help` with _ for -, such as http_addr (README: Configuration).", k, path)
			}
		}
	}

	// The environment: only variables that name a setting; others
	// (HOKUSAI_SERVER, HOKUSAI_PASSWORD, …) belong to other commands.
	fromEnv := koanf.New(".")
	err = fromEnv.Load(env.Provider(".", env.Opt{
		Prefix:      envPrefix,
		EnvironFunc: func() []string { return environ },
		TransformFunc: func(k, v string) (string, any) {
			key := strings.ToLower(strings.TrimPrefix(k, envPrefix))
			if known[key] == nil || envName(known[key].Name) != k || v == "" {
				return "", nil // not a setting, or empty: unset
			}
			return key, v
		},
	}), nil)
	if err != nil {
		return nil, fmt.Errorf("config environment: %w", err)
	}

	// Merged in order of precedence; set flags come last and win.
	merged := koanf.New(".")
	if err := merged.Merge(fromFile); err != nil {
		return nil, fmt.Errorf("config merge: %w", err)
	}
	if err := merged.Merge(fromEnv); err != nil {
		return nil, fmt.Errorf("config merge: %w", err)
	}
	flags := posflag.ProviderWithFlag(set, ".", merged, func(f *pflag.Flag) (string, any) {
		if !configurable(f) {
			return "", nil
		}
		return fileKey(f.Name), f.Value.String()
	})
	if err := merged.Load(flags, nil); err != nil {
		return nil, fmt.Errorf("config flags: %w", err)
	}

	origins = map[string]string{}
	for key, f := range known {
		var from string
		switch {
		case f.Changed:
			origins[f.Name] = "--" + f.Name
			continue
		case fromEnv.Exists(key):
			from = envName(f.Name)
		case fromFile.Exists(key):
			from = key + " in " + path
		default:
			continue // the default
		}
		v, err := configString(merged.Get(key))
		if err == nil {
			err = set.Set(f.Name, v)
		}
		if err != nil {
			return nil, hokusai.FieldErrorf(f.Name, "%s: %v; see `hokusai serve --help` for --%s.", from, err, f.Name)
		}
		origins[f.Name] = from
	}
	return origins, nil
}

// configString turns a YAML value into the text its flag parses: lists
// become comma-separated, maps are refused.
func configString(v any) (string, error) {
	switch x := v.(type) {
	case nil:
		return "", nil
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			s, err := configString(e)
			if err != nil {
				return "", err
			}
			parts[i] = s
		}
		return strings.Join(parts, ","), nil
	case map[string]any:
		return "", errors.New("a map where one value is expected")
	default:
		return fmt.Sprint(x), nil
	}
}

// origin says where a serve setting's value came from, for error
// messages: the flag, its environment variable or its file key.
func (cfg *serveConfig) origin(flag string) string {
	if o := cfg.origins[flag]; o != "" {
		return o
	}
	return "--" + flag
}

// defaultServeConfig is serve's configuration with every default, for
// commands and tests that start a server in-process.
func defaultServeConfig() *serveConfig {
	cfg := &serveConfig{}
	serveFlags(pflag.NewFlagSet("serve", pflag.ContinueOnError), cfg)
	return cfg
}

// configTable is the README's table of serve's settings: every visible
// flag with its file key, environment variable and default.
func configTable(set *pflag.FlagSet) string {
	var rows []*pflag.Flag
	set.VisitAll(func(f *pflag.Flag) {
		if configurable(f) && !f.Hidden {
			rows = append(rows, f)
		}
	})
	sort.Slice(rows, func(i, j int) bool { return rows[i].Name < rows[j].Name })
	var b strings.Builder
	b.WriteString("| flag | file key | environment | default | what |\n|---|---|---|---|---|\n")
	for _, f := range rows {
		def := f.DefValue
		if home, err := os.UserHomeDir(); err == nil && home != "" && strings.HasPrefix(def, home+string(filepath.Separator)) {
			def = "~" + strings.TrimPrefix(def, home)
		}
		if def != "" {
			def = "`" + def + "`"
		}
		fmt.Fprintf(&b, "| `--%s` | `%s` | `%s` | %s | %s |\n", f.Name, fileKey(f.Name), envName(f.Name), def, strings.ReplaceAll(f.Usage, "|", "\\|"))
	}
	return b.String()
}
