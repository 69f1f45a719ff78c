// Package pgtest gives tests a fresh, empty PostgreSQL database on a real
// server. With HOKUSAI_TEST_POSTGRES set to the URL of a server (a
// superuser's, e.g. the one `make test` starts) it creates databases there;
// otherwise it starts a private server once per test process — initdb in a
// temporary directory, a free port, fsync off — that stops when the process
// exits. Debian's postgresql package provides the binaries; `make test`
// installs it when missing.
package pgtest

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
)

// EnvURL names the variable that points tests at a running server.
const EnvURL = "HOKUSAI_TEST_POSTGRES"

// EnvDurable, set to anything, starts the private server with PostgreSQL's
// durable defaults (fsync, synchronous_commit, full_page_writes) instead
// of the fast unsafe settings tests use: for benchmarks.
const EnvDurable = "HOKUSAI_PGTEST_DURABLE"

var (
	once    sync.Once
	baseURL string
	baseErr error
	seq     atomic.Int64
)

// NewDatabase creates an empty database for t, drops it when t ends, and
// returns its URL.
func NewDatabase(t testing.TB) string {
	t.Helper()
	base, err := Server()
	if err != nil {
		t.Fatalf("PostgreSQL for tests: %v", err)
	}
	name := fmt.Sprintf("hokusai_test_%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e9, seq.Add(1))
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	if _, err := admin.Exec(`CREATE DATABASE ` + name); err != nil {
		t.Fatalf("create database %s: %v", name, err)
	}
	t.Cleanup(func() {
		a, err := sql.Open("pgx", base)
		if err != nil {
			return
		}
		defer a.Close()
		a.Exec(`DROP DATABASE IF EXISTS ` + name + ` WITH (FORCE)`)
	})
	u, _ := url.Parse(base)
	u.Path = "/" + name
	return u.String()
}

// Server returns the URL of the test server's maintenance database,
// starting a private server on first use when HOKUSAI_TEST_POSTGRES is
// unset.
func Server() (string, error) {
	once.Do(func() {
		if u := os.Getenv(EnvURL); u != "" {
			baseURL = u
			return
		}
		baseURL, baseErr = start()
	})
	return baseURL, baseErr
}

// binDir finds initdb: on PATH, or in Debian's versioned directory.
func binDir() (string, error) {
	if p, err := exec.LookPath("initdb"); err == nil {
		return filepath.Dir(p), nil
	}
	m, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb")
	if len(m) > 0 {
		return filepath.Dir(m[len(m)-1]), nil
	}
	return "", errors.New("initdb not found: install PostgreSQL (apt-get install postgresql; `make test` does it) or set " + EnvURL + " to a server's URL")
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// start runs initdb and postgres as the postgres user when this process is
// root (PostgreSQL refuses to run as root), as this user otherwise.
func start() (string, error) {
	bin, err := binDir()
	if err != nil {
		return "", err
	}
	sweep()
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("hokusai-pgtest-%d", os.Getpid()))
	os.RemoveAll(dir)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	var cred *syscall.Credential
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			return "", fmt.Errorf("running as root needs the postgres user (apt-get install postgresql): %w", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		cred = &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}
		if err := os.Chown(dir, uid, gid); err != nil {
			return "", err
		}
	}
	data := filepath.Join(dir, "data")
	initdb := exec.Command(filepath.Join(bin, "initdb"), "-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C")
	initdb.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
	if out, err := initdb.CombinedOutput(); err != nil {
		return "", fmt.Errorf("initdb: %v: %s", err, out)
	}
	port, err := freePort()
	if err != nil {
		return "", err
	}
	args := []string{"-D", data, "-p", strconv.Itoa(port), "-k", dir, "-h", "127.0.0.1",
		"-c", "max_connections=400", "-c", "shared_buffers=128MB"}
	if os.Getenv(EnvDurable) == "" {
		args = append(args, "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off")
	}
	pg := exec.Command(filepath.Join(bin, "postgres"), args...)
	// The server stops with this process, even when it is killed.
	pg.SysProcAttr = &syscall.SysProcAttr{Credential: cred, Pdeathsig: syscall.SIGQUIT, Setpgid: true}
	logf, err := os.Create(filepath.Join(dir, "postgres.log"))
	if err != nil {
		return "", err
	}
	pg.Stdout, pg.Stderr = logf, logf
	// Pdeathsig fires when the thread that started the child exits, so the
	// child is started from a goroutine locked to its thread for good.
	started := make(chan error)
	go func() {
		runtime.LockOSThread()
		started <- pg.Start()
		select {}
	}()
	if err := <-started; err != nil {
		return "", fmt.Errorf("start postgres: %w", err)
	}
	u := fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable", port)
	deadline := time.Now().Add(30 * time.Second)
	for {
		db, _ := sql.Open("pgx", u)
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		err := db.PingContext(ctx)
		cancel()
		db.Close()
		if err == nil {
			return u, nil
		}
		if time.Now().After(deadline) {
			log, _ := os.ReadFile(filepath.Join(dir, "postgres.log"))
			return "", fmt.Errorf("postgres did not start in 30 s: %v: %s", err, log)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// sweep removes the directories of private servers whose test process is
// gone.
func sweep() {
	m, _ := filepath.Glob(filepath.Join(os.TempDir(), "hokusai-pgtest-*"))
	for _, d := range m {
		pid, err := strconv.Atoi(strings.TrimPrefix(filepath.Base(d), "hokusai-pgtest-"))
		if err != nil || pid == os.Getpid() {
			continue
		}
		if syscall.Kill(pid, 0) == nil {
			continue
		}
		os.RemoveAll(d)
	}
}
