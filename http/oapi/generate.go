// Package oapi is generated from ../openapi.yaml: the API's types and the
// typed client the sdk package wraps (oapi.gen.go), and the strict server
// interface the http package implements (server.gen.go). Regenerate with
// `go generate ./http/oapi`; TestGeneratedCodeIsFresh fails when the
// committed files differ from what the spec generates.
package oapi

//go:generate go tool oapi-codegen -config config.yaml ../openapi.yaml
//go:generate go tool oapi-codegen -config server.config.yaml ../openapi.yaml
