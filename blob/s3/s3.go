// Package s3 is a blob.Store in an S3-compatible bucket (AWS S3, MinIO,
// Ceph, R2, …), so that every replica of the server shares one blob
// store. Blobs live at <prefix>sha256/<hex>; an object appears under its
// digest only once its bytes are known to hash to it.
package s3

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"

	"github.com/hokusai-protocol/hokusai"
	"github.com/hokusai-protocol/hokusai/blob"
)

// DefaultPartSize is the size of the parts a large blob is uploaded in,
// and of the one buffer each Put holds; a blob up to this size is sent in
// one PUT.
const DefaultPartSize = 16 << 20

// maxParts is S3's limit on the parts of one multipart upload.
const maxParts = 10000

// maxCopySize is the largest object S3 copies in one request.
const maxCopySize = 5 << 30

// tempAge is how old a temporary object left by an interrupted Put must
// be before Open removes it.
const tempAge = 24 * time.Hour

// Config says which bucket to use and how to reach it.
type Config struct {
	// Endpoint is the server's URL, http:// or https:// (default
	// https://s3.amazonaws.com).
	Endpoint string
	// Bucket must exist.
	Bucket string
	// Prefix is prepended to every key, so that one bucket can hold
	// several stores ("hokusai/" keeps blobs under hokusai/sha256/…).
	Prefix string
	// Region is the bucket's region ("" lets the client ask the server).
	Region string
	// AccessKey, SecretKey and SessionToken sign requests; with no
	// AccessKey requests are anonymous.
	AccessKey, SecretKey, SessionToken string
	// PathStyle addresses the bucket as endpoint/bucket rather than
	// bucket.endpoint, as MinIO and most self-hosted servers need.
	PathStyle bool
	// PartSize is the multipart upload's part size (0: DefaultPartSize;
	// at least 5 MiB, S3's minimum). A blob can be at most 10,000 parts.
	PartSize int64
	// MaxSize refuses larger blobs (0: 10,000 parts).
	MaxSize int64
}

// ParseURL reads a store's configuration from a URL of the form
// s3://[ACCESS:SECRET@]bucket[/prefix]?endpoint=URL&region=R&path_style=1&part_size=BYTES&max_size=BYTES;
// credentials missing from the URL come from AWS_ACCESS_KEY_ID,
// AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN in environ. Errors are
// EINVALID on the field "url" and never quote the secret key.
func ParseURL(raw string, environ []string) (Config, error) {
	bad := func(format string, args ...any) (Config, error) {
		return Config{}, hokusai.FieldErrorf("url", "The S3 URL %s is not valid: "+format, append([]any{redact(raw)}, args...)...)
	}
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "s3" {
		return bad("use s3://bucket/prefix?endpoint=http://host:port&region=REGION&path_style=1.")
	}
	if u.Host == "" {
		return bad("the URL names no bucket; use s3://bucket/prefix.")
	}
	cfg := Config{Bucket: u.Host, Prefix: strings.Trim(u.Path, "/")}
	if cfg.Prefix != "" {
		cfg.Prefix += "/"
	}
	q := u.Query()
	for k := range q {
		switch k {
		case "endpoint", "region", "path_style", "part_size", "max_size":
		default:
			return bad("unknown parameter %q; the parameters are endpoint, region, path_style, part_size and max_size.", k)
		}
	}
	cfg.Endpoint, cfg.Region = q.Get("endpoint"), q.Get("region")
	if v := q.Get("path_style"); v != "" {
		if cfg.PathStyle, err = strconv.ParseBool(v); err != nil {
			return bad("path_style must be 1 or 0, got %q.", v)
		}
	}
	for _, p := range []struct {
		name string
		dst  *int64
	}{{"part_size", &cfg.PartSize}, {"max_size", &cfg.MaxSize}} {
		if v := q.Get(p.name); v != "" {
			if *p.dst, err = strconv.ParseInt(v, 10, 64); err != nil || *p.dst <= 0 {
				return bad("%s must be a whole number of bytes, got %q.", p.name, v)
			}
		}
	}
	env := func(name string) string {
		for _, kv := range environ {
			if k, v, ok := strings.Cut(kv, "="); ok && k == name {
				return v
			}
		}
		return ""
	}
	if u.User != nil {
		cfg.AccessKey = u.User.Username()
		cfg.SecretKey, _ = u.User.Password()
	} else {
		cfg.AccessKey, cfg.SecretKey, cfg.SessionToken = env("AWS_ACCESS_KEY_ID"), env("AWS_SECRET_ACCESS_KEY"), env("AWS_SESSION_TOKEN")
	}
	return cfg, nil
}

// redact hides a URL's secret key.
func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.User == nil {
		return raw
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}

// Store is a blob.Store in one bucket under one prefix.
type Store struct {
	client   *minio.Client
	bucket   string
	prefix   string
	partSize int64
	maxSize  int64
}

var _ blob.Store = (*Store)(nil)

// Open connects to cfg's bucket, checks that it exists, and removes
// temporary objects that Puts interrupted more than a day ago left.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.Endpoint == "" {
		cfg.Endpoint = "https://s3.amazonaws.com"
	}
	ep, err := url.Parse(cfg.Endpoint)
	if err != nil || (ep.Scheme != "http" && ep.Scheme != "https") || ep.Host == "" || (ep.Path != "" && ep.Path != "/") {
		return nil, hokusai.FieldErrorf("endpoint", "The S3 endpoint %q is not a URL such as https://s3.amazonaws.com or http://127.0.0.1:9000 (no path).", cfg.Endpoint)
	}
	if cfg.PartSize == 0 {
		cfg.PartSize = DefaultPartSize
	}
	if cfg.PartSize < 5<<20 || cfg.PartSize > 5<<30 {
		return nil, hokusai.FieldErrorf("part_size", "The S3 part size %d is outside S3's bounds, 5 MiB to 5 GiB.", cfg.PartSize)
	}
	if limit := cfg.PartSize * maxParts; cfg.MaxSize == 0 || cfg.MaxSize > limit {
		cfg.MaxSize = limit
	}
	opts := &minio.Options{Secure: ep.Scheme == "https", Region: cfg.Region}
	if cfg.AccessKey != "" {
		opts.Creds = credentials.NewStaticV4(cfg.AccessKey, cfg.SecretKey, cfg.SessionToken)
	} else {
		opts.Creds = credentials.New(&credentials.Static{}) // anonymous
	}
	if cfg.PathStyle {
		opts.BucketLookup = minio.BucketLookupPath
	}
	client, err := minio.New(ep.Host, opts)
	if err != nil {
		return nil, fmt.Errorf("s3 client: %w", err)
	}
	s := &Store{client: client, bucket: cfg.Bucket, prefix: cfg.Prefix, partSize: cfg.PartSize, maxSize: cfg.MaxSize}
	ok, err := client.BucketExists(ctx, cfg.Bucket)
	if err != nil {
		return nil, hokusai.Errorf(hokusai.EUNAVAILABLE, "Cannot reach the S3 bucket %q at %s: %v. Check the endpoint, region and credentials (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY).", cfg.Bucket, cfg.Endpoint, err)
	}
	if !ok {
		return nil, hokusai.FieldErrorf("bucket", "The S3 bucket %q does not exist at %s; create it, or name another.", cfg.Bucket, cfg.Endpoint)
	}
	if err := s.sweepTemp(ctx, time.Now().Add(-tempAge)); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *Store) key(digest string) string {
	return s.prefix + "sha256/" + strings.TrimPrefix(digest, "sha256:")
}

func (s *Store) exists(ctx context.Context, key string) (bool, error) {
	_, err := s.client.StatObject(ctx, s.bucket, key, minio.StatObjectOptions{})
	if err == nil {
		return true, nil
	}
	if notFound(err) {
		return false, nil
	}
	return false, fmt.Errorf("s3 stat: %w", err)
}

// Put stores r's bytes; see blob.Store. A blob that fits in one part is
// hashed first and sent in one PUT to its digest's key. A larger one is
// streamed as a multipart upload, which S3 makes visible only when it
// completes: straight to the expected digest's key when expect is given
// (the upload is aborted if the bytes hash to anything else), otherwise
// to a temporary key, copied to its digest's key once that is known.
func (s *Store) Put(ctx context.Context, r io.Reader, expect string) (blob.Info, error) {
	if expect != "" {
		if err := blob.CheckDigest(expect); err != nil {
			return blob.Info{}, err
		}
	}
	in := &hashing{r: r, ctx: ctx, h: sha256.New(), max: s.maxSize}
	head, err := io.ReadAll(io.LimitReader(in, s.partSize))
	if err != nil {
		return blob.Info{}, in.fail(err)
	}
	if int64(len(head)) < s.partSize {
		info := blob.Info{Digest: in.digest(), Size: in.n}
		if err := checkExpected(info, expect); err != nil {
			return blob.Info{}, err
		}
		if ok, err := s.exists(ctx, s.key(info.Digest)); err != nil {
			return blob.Info{}, err
		} else if ok {
			return info, nil // already stored: blobs are immutable
		}
		if _, err := s.client.PutObject(ctx, s.bucket, s.key(info.Digest), bytes.NewReader(head), int64(len(head)), s.putOptions()); err != nil {
			return blob.Info{}, in.fail(err)
		}
		return info, nil
	}

	body := io.MultiReader(bytes.NewReader(head), in)
	if expect != "" {
		in.want = expect
		if ok, err := s.exists(ctx, s.key(expect)); err != nil {
			return blob.Info{}, err
		} else if ok { // check the bytes, store nothing
			if _, err := io.Copy(io.Discard, body); err != nil {
				return blob.Info{}, in.fail(err)
			}
			return blob.Info{Digest: expect, Size: in.n}, nil
		}
		if _, err := s.client.PutObject(ctx, s.bucket, s.key(expect), body, -1, s.putOptions()); err != nil {
			return blob.Info{}, in.fail(err)
		}
		return blob.Info{Digest: expect, Size: in.n}, nil
	}
	tmp, err := s.tempKey()
	if err != nil {
		return blob.Info{}, err
	}
	defer func() { // never keep the temporary object, even when ctx ends
		cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Minute)
		defer cancel()
		_ = s.client.RemoveObject(cctx, s.bucket, tmp, minio.RemoveObjectOptions{})
	}()
	if _, err := s.client.PutObject(ctx, s.bucket, tmp, body, -1, s.putOptions()); err != nil {
		return blob.Info{}, in.fail(err)
	}
	info := blob.Info{Digest: in.digest(), Size: in.n}
	if ok, err := s.exists(ctx, s.key(info.Digest)); err != nil {
		return blob.Info{}, err
	} else if ok {
		return info, nil
	}
	// The server copies; S3 copies over 5 GiB only in parts.
	dst := minio.CopyDestOptions{Bucket: s.bucket, Object: s.key(info.Digest)}
	src := minio.CopySrcOptions{Bucket: s.bucket, Object: tmp}
	if info.Size <= maxCopySize {
		_, err = s.client.CopyObject(ctx, dst, src)
	} else {
		_, err = s.client.ComposeObject(ctx, dst, src)
	}
	if err != nil {
		return blob.Info{}, fmt.Errorf("s3 copy %s: %w", info.Digest, err)
	}
	return info, nil
}

// putOptions send each request's bytes with their MD5, which the server
// checks before it keeps them (rather than the streaming signature, which
// some S3-compatible servers cannot read).
func (s *Store) putOptions() minio.PutObjectOptions {
	return minio.PutObjectOptions{ContentType: "application/octet-stream", PartSize: uint64(s.partSize), SendContentMd5: true, DisableContentSha256: true}
}

func (s *Store) tempKey() (string, error) {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("s3 temp key: %w", err)
	}
	return s.prefix + "tmp/" + hex.EncodeToString(b[:]), nil
}

func checkExpected(info blob.Info, expect string) error {
	if expect != "" && info.Digest != expect {
		return hokusai.FieldErrorf("digest", "The content hashes to %s, not to the expected %s; it was not stored.", info.Digest, expect)
	}
	return nil
}

// hashing reads a Put's body: it hashes and counts the bytes, stops when
// ctx ends or the body passes max, and, when want is set, fails at EOF if
// the bytes do not hash to want, so that an upload in flight is aborted.
type hashing struct {
	r    io.Reader
	ctx  context.Context
	h    hash.Hash
	n    int64
	max  int64
	want string
	err  error // the reason the body was refused
}

func (in *hashing) Read(p []byte) (int, error) {
	if in.err != nil {
		return 0, in.err
	}
	if err := in.ctx.Err(); err != nil {
		return 0, err
	}
	n, err := in.r.Read(p)
	in.h.Write(p[:n])
	in.n += int64(n)
	if in.n > in.max {
		in.err = hokusai.FieldErrorf("size", "The blob is larger than this S3 store's limit of %d bytes; it was not stored.", in.max)
		return 0, in.err
	}
	if err == io.EOF && in.want != "" {
		if got := in.digest(); got != in.want {
			in.err = checkExpected(blob.Info{Digest: got}, in.want)
			return 0, in.err
		}
	}
	return n, err
}

func (in *hashing) digest() string { return "sha256:" + hex.EncodeToString(in.h.Sum(nil)) }

// fail prefers the body's own refusal to the error the client wrapped it
// in.
func (in *hashing) fail(err error) error {
	if in.err != nil {
		return in.err
	}
	if cerr := in.ctx.Err(); cerr != nil {
		return cerr
	}
	return fmt.Errorf("s3 put: %w", err)
}

// Get opens a blob; see blob.Store.
func (s *Store) Get(ctx context.Context, digest string) (io.ReadCloser, error) {
	if err := blob.CheckDigest(digest); err != nil {
		return nil, err
	}
	obj, err := s.client.GetObject(ctx, s.bucket, s.key(digest), minio.GetObjectOptions{})
	if err == nil {
		_, err = obj.Stat() // GetObject is lazy: this sends the request
	}
	if err != nil {
		if obj != nil {
			obj.Close()
		}
		if notFound(err) {
			return nil, hokusai.Errorf(hokusai.ENOTFOUND, "No blob has digest %s.", digest)
		}
		return nil, fmt.Errorf("s3 get: %w", err)
	}
	return blob.VerifyingReader(obj, digest), nil
}

// Stat returns a blob's size; see blob.Store.
func (s *Store) Stat(ctx context.Context, digest string) (blob.Info, error) {
	if err := blob.CheckDigest(digest); err != nil {
		return blob.Info{}, err
	}
	st, err := s.client.StatObject(ctx, s.bucket, s.key(digest), minio.StatObjectOptions{})
	if notFound(err) {
		return blob.Info{}, hokusai.Errorf(hokusai.ENOTFOUND, "No blob has digest %s.", digest)
	}
	if err != nil {
		return blob.Info{}, fmt.Errorf("s3 stat: %w", err)
	}
	return blob.Info{Digest: digest, Size: st.Size}, nil
}

// Delete removes a blob; see blob.Store.
func (s *Store) Delete(ctx context.Context, digest string) error {
	if _, err := s.Stat(ctx, digest); err != nil {
		return err // S3's delete succeeds on a missing key; the interface says ENOTFOUND
	}
	if err := s.client.RemoveObject(ctx, s.bucket, s.key(digest), minio.RemoveObjectOptions{}); err != nil {
		return fmt.Errorf("s3 delete: %w", err)
	}
	return nil
}

// List returns blobs in digest order, as S3 lists keys; see blob.Store.
func (s *Store) List(ctx context.Context, after string, limit int) ([]blob.Info, error) {
	const scheme = "sha256:"
	opts := minio.ListObjectsOptions{Prefix: s.prefix + "sha256/", Recursive: true}
	switch {
	case strings.HasPrefix(after, scheme):
		opts.StartAfter = s.prefix + "sha256/" + strings.TrimPrefix(after, scheme)
	case after > scheme:
		return nil, nil // every digest sorts before after
	}
	lctx, cancel := context.WithCancel(ctx) // stops the listing goroutine early
	defer cancel()
	var out []blob.Info
	for obj := range s.client.ListObjects(lctx, s.bucket, opts) {
		if obj.Err != nil {
			return nil, fmt.Errorf("s3 list: %w", obj.Err)
		}
		d := scheme + strings.TrimPrefix(obj.Key, opts.Prefix)
		if d <= after || blob.CheckDigest(d) != nil {
			continue
		}
		out = append(out, blob.Info{Digest: d, Size: obj.Size})
		if limit > 0 && len(out) == limit {
			break
		}
	}
	return out, nil
}

// sweepTemp removes temporary objects last modified before cutoff: what
// Puts killed mid-way left behind.
func (s *Store) sweepTemp(ctx context.Context, cutoff time.Time) error {
	for obj := range s.client.ListObjects(ctx, s.bucket, minio.ListObjectsOptions{Prefix: s.prefix + "tmp/", Recursive: true}) {
		if obj.Err != nil {
			return fmt.Errorf("s3 list temporary objects: %w", obj.Err)
		}
		if obj.LastModified.Before(cutoff) {
			if err := s.client.RemoveObject(ctx, s.bucket, obj.Key, minio.RemoveObjectOptions{}); err != nil {
				return fmt.Errorf("s3 remove %s: %w", obj.Key, err)
			}
		}
	}
	return nil
}

func notFound(err error) bool {
	if err == nil {
		return false
	}
	var resp minio.ErrorResponse
	if errors.As(err, &resp) {
		return resp.StatusCode == http.StatusNotFound || resp.Code == "NoSuchKey"
	}
	r := minio.ToErrorResponse(err)
	return r.StatusCode == http.StatusNotFound || r.Code == "NoSuchKey"
}
