// Package oapi is generated from ../openapi.yaml: the API's types, the
// strict server interface the http package implements, and the typed client
// the sdk package wraps. Regenerate with `go generate ./http/...`.
package oapi

//go:generate go tool oapi-codegen -config config.yaml ../openapi.yaml
