package gateway_test

import (
	"context"
	"errors"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"

	"github.com/hokusai-protocol/hokusai"
)

// TestOpenAIGoClient: the unmodified openai-go client calls
// /v1/chat/completions with a Hokusai key and gets the completion of the
// model served by a local OpenAI-compatible server; the call is charged once.
func TestOpenAIGoClient(t *testing.T) {
	e := newEnv(t)
	key, who := e.newKey(hokusai.ScopeCall)
	e.credit(who, 3*price)
	client := openai.NewClient(option.WithBaseURL(e.srv.URL+"/v1/"), option.WithAPIKey(key), option.WithMaxRetries(0))
	ctx := context.Background()
	res, err := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:    "CHAT",
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("hello")},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Choices) != 1 || res.Choices[0].Message.Content != "echo: hello" || res.Model != "CHAT" {
		t.Fatalf("completion %+v", res)
	}
	if got := e.spendable(who); got != 2*price {
		t.Fatalf("spendable %d, want one call charged", got)
	}

	// Errors come back OpenAI-shaped: the client parses status and message.
	_, err = client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model: "VOTES", Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("hi")},
	})
	var apiErr *openai.Error
	if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusBadRequest || !strings.Contains(apiErr.Message, "not a chat model") || apiErr.Code != hokusai.EINVALID {
		t.Fatalf("non-chat model: %v", err)
	}
	bad := openai.NewClient(option.WithBaseURL(e.srv.URL+"/v1/"), option.WithAPIKey("hk_dev_nope"), option.WithMaxRetries(0))
	_, err = bad.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: "CHAT", Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("hi")}})
	if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusUnauthorized || apiErr.Type != "authentication_error" {
		t.Fatalf("bad key: %v", err)
	}
	// Spend the rest, then 402 insufficient_quota without a charge.
	for i := 0; i < 2; i++ {
		if _, err := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: "4", Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("x")}}); err != nil {
			t.Fatal(err)
		}
	}
	_, err = client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: "CHAT", Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("x")}})
	if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusPaymentRequired || apiErr.Type != "insufficient_quota" {
		t.Fatalf("no credits: %v", err)
	}
	if got := e.spendable(who); got != 0 {
		t.Fatalf("spendable %d", got)
	}
}

// TestChatUpstreamFailureNotCharged: an endpoint that is down is 503 and
// nothing is charged.
func TestChatUpstreamFailureNotCharged(t *testing.T) {
	e := newEnv(t)
	key, who := e.newKey(hokusai.ScopeCall)
	e.credit(who, price)
	e.llm.Close()
	st, b, _ := e.raw("POST", "/v1/chat/completions", key, map[string]any{"model": "CHAT", "messages": []any{map[string]any{"role": "user", "content": "hi"}}})
	if st != 503 || errCode(b) != hokusai.EUNAVAILABLE {
		t.Fatalf("down: %d %s", st, b)
	}
	if got := e.spendable(who); got != price {
		t.Fatalf("charged for an unanswered call: %d", got)
	}
}

// TestOpenAINodeClient runs the npm openai package (gateway/testdata/openai-js,
// installed by `npm ci` there) against the gateway. It is skipped when node
// or the package is missing.
func TestOpenAINodeClient(t *testing.T) {
	dir := filepath.Join("testdata", "openai-js")
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "openai")); err != nil {
		t.Skip("npm openai not installed: run `npm ci` in gateway/testdata/openai-js")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not on PATH")
	}
	e := newEnv(t)
	key, who := e.newKey(hokusai.ScopeCall)
	e.credit(who, price)
	cmd := exec.Command(node, "chat.mjs")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "HOKUSAI_URL="+e.srv.URL+"/v1", "HOKUSAI_KEY="+key)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	if got := strings.TrimSpace(string(out)); got != "echo: hello from node\n402 insufficient_quota INSUFFICIENT_CREDITS" {
		t.Fatalf("node printed %q", got)
	}
	if got := e.spendable(who); got != 0 {
		t.Fatalf("spendable %d", got)
	}
}

// TestOpenAIGoStreaming: stream=true is relayed as server-sent events the
// openai-go client reads chunk by chunk; it is charged once, and a
// consumer without credits gets a plain 402 before any event.
func TestOpenAIGoStreaming(t *testing.T) {
	e := newEnv(t)
	key, who := e.newKey(hokusai.ScopeCall)
	e.credit(who, price)
	client := openai.NewClient(option.WithBaseURL(e.srv.URL+"/v1/"), option.WithAPIKey(key), option.WithMaxRetries(0))
	params := openai.ChatCompletionNewParams{Model: "CHAT", Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("streamed")}}
	stream := client.Chat.Completions.NewStreaming(context.Background(), params)
	var text strings.Builder
	chunks := 0
	for stream.Next() {
		c := stream.Current()
		if c.Model != "CHAT" {
			t.Fatalf("chunk model %q", c.Model)
		}
		if len(c.Choices) > 0 {
			text.WriteString(c.Choices[0].Delta.Content)
		}
		chunks++
	}
	if err := stream.Err(); err != nil {
		t.Fatal(err)
	}
	if text.String() != "echo: streamed" || chunks != 2 {
		t.Fatalf("streamed %q in %d chunks", text.String(), chunks)
	}
	if got := e.spendable(who); got != 0 {
		t.Fatalf("spendable %d, want one call charged", got)
	}
	stream = client.Chat.Completions.NewStreaming(context.Background(), params)
	for stream.Next() {
		t.Fatal("got a chunk without credits")
	}
	var apiErr *openai.Error
	if err := stream.Err(); !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusPaymentRequired {
		t.Fatalf("no credits: %v", err)
	}
}
