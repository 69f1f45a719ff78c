package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/hokusai-protocol/hokusai/chain"
	"github.com/hokusai-protocol/hokusai/chain/devchain"
)

// The end-to-end test runs the real binary the way a user would: serve on a
// fresh data directory, talk JSON-RPC to the embedded chain, create a model
// with the CLI, restart the server and find the model again, and read the
// model's token with ethers, a client we did not write.

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// hokusaiBinary builds ./cmd/hokusai once per test run.
func hokusaiBinary(t testing.TB) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "hokusai-bin")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "hokusai")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// liveServer is a `hokusai serve` child process.
type liveServer struct {
	cmd    *exec.Cmd
	apiURL string
	rpcURL string
	out    *syncBuffer
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var (
	apiLine = regexp.MustCompile(`REST API\s+(http://\S+)`)
	rpcLine = regexp.MustCompile(`Chain RPC\s+(http://\S+)`)
)

// startLive starts the server on dataDir with free ports and waits for its
// banner.
func startLive(t testing.TB, dataDir string, extra ...string) *liveServer {
	t.Helper()
	args := append([]string{"serve", "--data-dir", dataDir, "--http-addr", "127.0.0.1:0", "--rpc-addr", "127.0.0.1:0"}, extra...)
	cmd := exec.Command(hokusaiBinary(t), args...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	s := &liveServer{cmd: cmd, out: &syncBuffer{}}
	cmd.Stderr = s.out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	found := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(stdout)
		signalled := false
		for sc.Scan() {
			line := sc.Text()
			fmt.Fprintln(s.out, line)
			if m := apiLine.FindStringSubmatch(line); m != nil {
				s.apiURL = m[1]
			}
			if m := rpcLine.FindStringSubmatch(line); m != nil {
				s.rpcURL = m[1]
			}
			if !signalled && s.apiURL != "" && s.rpcURL != "" {
				signalled = true
				close(found)
			}
		}
		if !signalled {
			close(found)
		}
	}()
	select {
	case <-found:
	case <-time.After(120 * time.Second):
	}
	if s.apiURL == "" || s.rpcURL == "" {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		t.Fatalf("server did not print its addresses; output:\n%s", s.out)
	}
	t.Cleanup(func() { s.stop(t) })
	return s
}

// waitOutput waits up to 60 s for s to print want.
func waitOutput(t testing.TB, s *liveServer, want string) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for !strings.Contains(s.out.String(), want) {
		if time.Now().After(deadline) {
			t.Fatalf("the server did not print %q within 60 s:\n%s", want, s.out)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// stop sends SIGTERM and waits for a clean exit.
func (s *liveServer) stop(t testing.TB) {
	if s.cmd.ProcessState != nil {
		return
	}
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- s.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("server exit: %v\n%s", err, s.out)
		}
	case <-time.After(60 * time.Second):
		_ = s.cmd.Process.Kill()
		<-done
		t.Errorf("server did not stop within 60s of SIGTERM\n%s", s.out)
	}
}

// cli runs the binary as a client of s and returns stdout; it fails the
// test on a non-zero exit.
func (s *liveServer) cli(t testing.TB, args ...string) string {
	t.Helper()
	out, errOut, code := s.cliCode(t, args...)
	if code != 0 {
		t.Fatalf("hokusai %s: exit %d\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), code, out, errOut)
	}
	return out
}

func (s *liveServer) cliCode(t testing.TB, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, hokusaiBinary(t), append([]string{"--server", s.apiURL}, args...)...)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		return o.String(), e.String(), ee.ExitCode()
	} else if err != nil {
		t.Fatalf("hokusai %s: %v", strings.Join(args, " "), err)
	}
	return o.String(), e.String(), 0
}

func rpcCall(t *testing.T, url, method string, params ...any) json.RawMessage {
	t.Helper()
	if params == nil {
		params = []any{}
	}
	body, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
	resp, err := http.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatalf("%s: %v", method, err)
	}
	defer resp.Body.Close()
	var r struct {
		Result json.RawMessage `json:"result"`
		Error  *struct {
			Message string `json:"message"`
		} `json:"error"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		t.Fatalf("%s: decode: %v", method, err)
	}
	if r.Error != nil {
		t.Fatalf("%s: %s", method, r.Error.Message)
	}
	return r.Result
}

func TestEndToEndServeCreateRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the real binary")
	}
	dataDir := t.TempDir()
	srv := startLive(t, dataDir)

	// The embedded chain answers plain JSON-RPC.
	var chainID string
	if err := json.Unmarshal(rpcCall(t, srv.rpcURL, "eth_chainId"), &chainID); err != nil {
		t.Fatal(err)
	}
	if chainID != "0x539" {
		t.Fatalf("eth_chainId = %s, want 0x539 (1337)", chainID)
	}

	// Bad input is refused, naming the field, and creates nothing.
	_, errOut, code := srv.cliCode(t, "model", "create", "--dev-account", "1", "--name", "Bad", "--ticker", "ab",
		"--metric", "accuracy", "--baseline", "0.9", "--direction", "max", "--license", "decentralized", "--preset", "growth")
	if code != 2 || !strings.Contains(errOut, "ticker") {
		t.Fatalf("ticker ab: exit %d, stderr %q; want exit 2 naming the ticker", code, errOut)
	}

	srv.cli(t, "model", "create", "--dev-account", "1", "--name", "House votes", "--ticker", "vote",
		"--metric", "accuracy", "--baseline", "0.904", "--direction", "max", "--license", "decentralized", "--preset", "growth",
		"--description", "Party from 16 key votes", "--category", "Other", "--tags", "uci,tabular")
	m := showModel(t, srv, "VOTE")
	if m.Ticker != "VOTE" || m.Name != "House votes" || m.Baseline != "0.904" {
		t.Fatalf("model after create: %+v", m)
	}

	// A taken ticker is refused by the chain with a sentence, exit 9 or 4.
	_, errOut, code = srv.cliCode(t, "model", "create", "--dev-account", "2", "--name", "Copy", "--ticker", "VOTE",
		"--metric", "accuracy", "--baseline", "0.5", "--direction", "max", "--license", "decentralized", "--preset", "growth")
	if code == 0 || !strings.Contains(strings.ToLower(errOut), "taken") {
		t.Fatalf("taken ticker: exit %d, stderr %q", code, errOut)
	}

	// Restart: the model is still there.
	srv.stop(t)
	srv = startLive(t, dataDir)
	m = showModel(t, srv, "VOTE")
	if m.Token == "" || m.Owner == "" {
		t.Fatalf("model after restart: %+v", m)
	}

	// ethers reads the token as a plain ERC-20.
	node := exec.Command("node", "../../contracts/scripts/erc20-check.mjs", srv.rpcURL, m.Token, m.Vesting)
	out, err := node.CombinedOutput()
	if err != nil {
		t.Fatalf("ethers check: %v\n%s\n(run `make deps` to install contracts/node_modules)", err, out)
	}
	var erc20 struct {
		ChainID     string `json:"chainId"`
		Name        string `json:"name"`
		Symbol      string `json:"symbol"`
		Decimals    int    `json:"decimals"`
		TotalSupply string `json:"totalSupply"`
		Balance     string `json:"balance"`
	}
	if err := json.Unmarshal(lastLine(out), &erc20); err != nil {
		t.Fatalf("ethers output %q: %v", out, err)
	}
	// Growth preset: 1,000,000 tokens minted into the owner's vesting.
	const supply = "1000000000000000000000000"
	if erc20.ChainID != "1337" || erc20.Name != "House votes" || erc20.Symbol != "VOTE" || erc20.Decimals != 18 ||
		erc20.TotalSupply != supply || erc20.Balance != supply {
		t.Fatalf("ethers read %+v", erc20)
	}

	// A second server uses the first one's chain as an external chain
	// (--rpc with a keystore key): it deploys its own protocol there once,
	// against the existing USDC, and finds it again on restart.
	extDir := t.TempDir()
	ext := externalChainFlags(t, srv)
	other := startLive(t, extDir, ext...)
	var otherInfo struct {
		ChainID   uint64            `json:"chain_id"`
		Dev       bool              `json:"dev"`
		Contracts map[string]string `json:"contracts"`
	}
	if err := json.Unmarshal([]byte(other.cli(t, "chain", "info", "--json")), &otherInfo); err != nil {
		t.Fatal(err)
	}
	info := chainInfo(t, srv)
	if otherInfo.ChainID != 1337 || otherInfo.Dev || otherInfo.Contracts["USDC"] != info.Contracts["USDC"] ||
		otherInfo.Contracts["ModelRegistry"] == info.Contracts["ModelRegistry"] {
		t.Fatalf("external-chain server: %+v (first server: %+v)", otherInfo, info)
	}
	other.stop(t)
	other = startLive(t, extDir, ext...)
	if again := other.cli(t, "chain", "info", "--json"); !strings.Contains(again, otherInfo.Contracts["ModelRegistry"]) {
		t.Fatalf("external-chain server redeployed on restart: %s", again)
	}
}

type shownModel struct {
	ID       uint64 `json:"id"`
	Name     string `json:"name"`
	Ticker   string `json:"ticker"`
	Baseline string `json:"baseline"`
	Owner    string `json:"owner"`
	Token    string `json:"token"`
	Pool     string `json:"pool"`
	Vesting  string `json:"vesting"`
}

func showModel(t testing.TB, srv *liveServer, ref string) shownModel {
	t.Helper()
	var m shownModel
	out := srv.cli(t, "model", "show", ref, "--json")
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		t.Fatalf("model show --json: %v\n%s", err, out)
	}
	return m
}

func lastLine(b []byte) []byte {
	lines := bytes.Split(bytes.TrimSpace(b), []byte("\n"))
	return lines[len(lines)-1]
}

// chainInfo is what `hokusai chain info --json` says of srv.
func chainInfo(t testing.TB, srv *liveServer) (info struct {
	Contracts map[string]string `json:"contracts"`
}) {
	t.Helper()
	if err := json.Unmarshal([]byte(srv.cli(t, "chain", "info", "--json")), &info); err != nil {
		t.Fatal(err)
	}
	return info
}

// externalChainFlags are the serve flags that use host's chain as an
// external chain: --rpc with a keystore platform key (dev account 5) and
// the host's USDC. The host's dev chain seals a block only when a
// transaction arrives, so no confirmations beyond inclusion ever follow.
func externalChainFlags(t *testing.T, host *liveServer) []string {
	t.Helper()
	keyDir := t.TempDir()
	keyFile, passFile := filepath.Join(keyDir, "platform.json"), filepath.Join(keyDir, "pass")
	if err := chain.WriteKeystore(keyFile, devchain.DevKey(5), "s3cret", true); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(passFile, []byte("s3cret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return []string{"--rpc", host.rpcURL, "--keystore", keyFile, "--password-file", passFile,
		"--usdc", chainInfo(t, host).Contracts["USDC"], "--confirmations", "0"}
}
