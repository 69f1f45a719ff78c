package main

import (
	"os"
	"testing"
)

// TestMain points HOKUSAI_DATA_DIR (the CLI's wallet record, and any
// command's default data directory) at a temporary directory, for this
// process and the binaries it starts, so tests never touch ~/.hokusai.
func TestMain(m *testing.M) {
	if os.Getenv("HOKUSAI_DATA_DIR") == "" {
		dir, err := os.MkdirTemp("", "hokusai-test-data")
		if err != nil {
			panic(err)
		}
		os.Setenv("HOKUSAI_DATA_DIR", dir)
		code := m.Run()
		os.RemoveAll(dir)
		os.Exit(code)
	}
	os.Exit(m.Run())
}
