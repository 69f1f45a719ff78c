package s3_test

import (
	"bytes"
	"context"
	"io"
	"math/rand/v2"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"
	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/blob"
	"github.com/hokusai-protocol/hokusai/blob/blobtest"
	"github.com/hokusai-protocol/hokusai/blob/s3"
)

// server is an S3-protocol server on a free local port (gofakes3, in
// memory), reached over TCP as any S3 endpoint is.
type server struct {
	url     string
	backend *s3mem.Backend
}

func startServer(t *testing.T) *server {
	t.Helper()
	backend := s3mem.New()
	ts := httptest.NewServer(gofakes3.New(backend).Server())
	t.Cleanup(ts.Close)
	return &server{url: ts.URL, backend: backend}
}

// bucket creates a bucket and returns a store URL for it, as
// `serve --blobs` takes one.
func (s *server) bucket(t *testing.T, name string) string {
	t.Helper()
	if err := s.backend.CreateBucket(name); err != nil {
		t.Fatal(err)
	}
	return "s3://" + name + "/models/blobs?endpoint=" + s.url + "&region=us-east-1&path_style=1"
}

var testEnv = []string{"AWS_ACCESS_KEY_ID=hokusai", "AWS_SECRET_ACCESS_KEY=hokusai-secret"}

func open(t *testing.T, raw string) *s3.Store {
	t.Helper()
	cfg, err := s3.ParseURL(raw, testEnv)
	if err != nil {
		t.Fatal(err)
	}
	st, err := s3.Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestS3(t *testing.T) {
	srv := startServer(t)
	n := 0
	blobtest.Run(t, func(t *testing.T) blob.Store {
		n++
		return open(t, srv.bucket(t, "suite-"+string(rune('a'+n%26))+strings.Repeat("x", n/26)))
	})
}

// raw is an S3 client that looks under the store, at keys.
func raw(t *testing.T, srv *server) *minio.Client {
	t.Helper()
	c, err := minio.New(strings.TrimPrefix(srv.url, "http://"), &minio.Options{
		Creds: credentials.NewStaticV4("hokusai", "hokusai-secret", ""), Region: "us-east-1", BucketLookup: minio.BucketLookupPath,
	})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func keys(t *testing.T, c *minio.Client, bucket string) []string {
	t.Helper()
	var out []string
	for o := range c.ListObjects(context.Background(), bucket, minio.ListObjectsOptions{Recursive: true}) {
		if o.Err != nil {
			t.Fatal(o.Err)
		}
		out = append(out, o.Key)
	}
	return out
}

// Blobs larger than a part go up as multipart uploads: with an expected
// digest straight to its key, else through a temporary key that is gone
// afterwards; a wrong expected digest aborts the upload and leaves no
// object at all.
func TestS3Multipart(t *testing.T) {
	srv := startServer(t)
	st := open(t, srv.bucket(t, "big")+"&part_size=5242880")
	c := raw(t, srv)
	ctx := context.Background()
	r := rand.New(rand.NewPCG(3, 4))
	body := make([]byte, 11<<20+123) // three parts
	for i := range body {
		body[i] = byte(r.Uint32())
	}
	d := blob.Digest(body)

	// A wrong expected digest: refused at the end of the stream.
	other := blob.Digest([]byte("something else"))
	if _, err := st.Put(ctx, bytes.NewReader(body), other); hokusai.ErrorField(err) != "digest" {
		t.Fatalf("Put with a wrong digest: %v", err)
	}
	if k := keys(t, c, "big"); len(k) != 0 {
		t.Fatalf("a refused upload left objects: %v", k)
	}

	info, err := st.Put(ctx, bytes.NewReader(body), "")
	if err != nil || info.Digest != d || info.Size != int64(len(body)) {
		t.Fatalf("Put = %+v, %v", info, err)
	}
	if k := keys(t, c, "big"); len(k) != 1 || k[0] != "models/blobs/sha256/"+strings.TrimPrefix(d, "sha256:") {
		t.Fatalf("keys after a multipart Put = %v", k)
	}
	rc, err := st.Get(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(rc)
	rc.Close()
	if err != nil || !bytes.Equal(got, body) {
		t.Fatalf("Get: %d bytes, %v", len(got), err)
	}

	// With the expected digest, into a second store on the same bucket
	// (another replica): the bytes are checked, nothing is duplicated.
	st2 := open(t, srv.bucket(t, "big2")+"&part_size=5242880")
	if info, err := st2.Put(ctx, bytes.NewReader(body), d); err != nil || info.Digest != d {
		t.Fatalf("Put with the right digest = %+v, %v", info, err)
	}
	if k := keys(t, c, "big2"); len(k) != 1 {
		t.Fatalf("keys = %v", k)
	}
	if _, err := st2.Put(ctx, bytes.NewReader(body[1:]), d); hokusai.ErrorField(err) != "digest" {
		t.Fatalf("Put of other bytes under a stored digest: %v", err)
	}
}

// Two stores on one bucket and prefix, as two replicas are, see each
// other's blobs; a store under another prefix does not.
func TestS3Shared(t *testing.T) {
	srv := startServer(t)
	u := srv.bucket(t, "shared")
	a, b := open(t, u), open(t, u)
	other := open(t, strings.Replace(u, "/models/blobs?", "/elsewhere?", 1))
	ctx := context.Background()
	info, err := a.Put(ctx, strings.NewReader("weights"), "")
	if err != nil {
		t.Fatal(err)
	}
	if st, err := b.Stat(ctx, info.Digest); err != nil || st != info {
		t.Fatalf("the other replica's Stat = %+v, %v", st, err)
	}
	if _, err := other.Stat(ctx, info.Digest); hokusai.ErrorCode(err) != hokusai.ENOTFOUND {
		t.Fatalf("another prefix sees the blob: %v", err)
	}
	if l, err := other.List(ctx, "", 0); err != nil || len(l) != 0 {
		t.Fatalf("another prefix lists %v, %v", l, err)
	}
}

// Bytes changed in the bucket are caught at the end of the read.
func TestS3DetectsCorruption(t *testing.T) {
	srv := startServer(t)
	st := open(t, srv.bucket(t, "corrupt"))
	ctx := context.Background()
	info, err := st.Put(ctx, strings.NewReader("precious weights"), "")
	if err != nil {
		t.Fatal(err)
	}
	key := "models/blobs/sha256/" + strings.TrimPrefix(info.Digest, "sha256:")
	if _, err := raw(t, srv).PutObject(ctx, "corrupt", key, strings.NewReader("precious weightz"), 16, minio.PutObjectOptions{}); err != nil {
		t.Fatal(err)
	}
	rc, err := st.Get(ctx, info.Digest)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	if _, err := io.ReadAll(rc); hokusai.ErrorCode(err) != hokusai.EINTERNAL || !strings.Contains(err.Error(), "corrupt") {
		t.Fatalf("corrupt blob read: %v", err)
	}
}

// A size bound refuses larger blobs and stores nothing.
func TestS3MaxSize(t *testing.T) {
	srv := startServer(t)
	st := open(t, srv.bucket(t, "bounded")+"&max_size=10")
	ctx := context.Background()
	if _, err := st.Put(ctx, strings.NewReader("0123456789"), ""); err != nil {
		t.Fatalf("a blob at the bound: %v", err)
	}
	if _, err := st.Put(ctx, strings.NewReader("0123456789A"), ""); hokusai.ErrorField(err) != "size" {
		t.Fatalf("a blob over the bound: %v", err)
	}
	if l, _ := st.List(ctx, "", 0); len(l) != 1 {
		t.Fatalf("List = %v", l)
	}
}

// Temporary objects an interrupted Put left more than a day ago are
// removed when a store opens; recent ones (a Put in flight on another
// replica) are kept.
func TestS3SweepsOldTemporaryObjects(t *testing.T) {
	clock := gofakes3.FixedTimeSource(time.Now().Add(-48 * time.Hour))
	backend := s3mem.New(s3mem.WithTimeSource(clock))
	ts := httptest.NewServer(gofakes3.New(backend).Server())
	defer ts.Close()
	if err := backend.CreateBucket("sweep"); err != nil {
		t.Fatal(err)
	}
	c := raw(t, &server{url: ts.URL, backend: backend})
	ctx := context.Background()
	put := func(key string) {
		if _, err := c.PutObject(ctx, "sweep", key, strings.NewReader("half"), 4, minio.PutObjectOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	put("p/tmp/old")
	clock.Advance(47 * time.Hour)
	put("p/tmp/recent")
	put("p/sha256/not-a-temporary-object")
	open(t, "s3://sweep/p?endpoint="+ts.URL+"&region=us-east-1&path_style=1")
	if k := strings.Join(keys(t, c, "sweep"), ","); k != "p/sha256/not-a-temporary-object,p/tmp/recent" {
		t.Fatalf("keys after the sweep: %s", k)
	}
}

func TestParseURL(t *testing.T) {
	cfg, err := s3.ParseURL("s3://bkt/a/b/?endpoint=http://127.0.0.1:9000&region=eu-west-1&path_style=1&part_size=8388608", testEnv)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Bucket != "bkt" || cfg.Prefix != "a/b/" || cfg.Endpoint != "http://127.0.0.1:9000" || cfg.Region != "eu-west-1" ||
		!cfg.PathStyle || cfg.PartSize != 8<<20 || cfg.AccessKey != "hokusai" || cfg.SecretKey != "hokusai-secret" {
		t.Fatalf("cfg = %+v", cfg)
	}
	cfg, err = s3.ParseURL("s3://AK:SK@bkt", testEnv)
	if err != nil || cfg.AccessKey != "AK" || cfg.SecretKey != "SK" || cfg.Prefix != "" || cfg.PathStyle {
		t.Fatalf("credentials in the URL: %+v, %v", cfg, err)
	}
	for _, bad := range []string{"http://bkt", "s3:///prefix", "s3://bkt?pathstyle=1", "s3://bkt?path_style=maybe", "s3://bkt?part_size=-1", "s3://AK:SECRET@bkt?x=1"} {
		_, err := s3.ParseURL(bad, nil)
		if hokusai.ErrorCode(err) != hokusai.EINVALID || hokusai.ErrorField(err) != "url" || strings.Contains(err.Error(), "SECRET") {
			t.Fatalf("ParseURL(%q) = %v", bad, err)
		}
	}
	if _, err := s3.Open(context.Background(), s3.Config{Bucket: "b", Endpoint: "ftp://x"}); hokusai.ErrorField(err) != "endpoint" {
		t.Fatalf("Open with a bad endpoint: %v", err)
	}
}

// A bucket that does not exist is refused by name.
func TestS3MissingBucket(t *testing.T) {
	srv := startServer(t)
	cfg, err := s3.ParseURL("s3://nope?endpoint="+srv.url+"&path_style=1&region=us-east-1", testEnv)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s3.Open(context.Background(), cfg); hokusai.ErrorField(err) != "bucket" || !strings.Contains(err.Error(), `"nope"`) {
		t.Fatalf("Open of a missing bucket: %v", err)
	}
}
