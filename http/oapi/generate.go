// Package oapi is generated from ../openapi.yaml: the API's types
// (oapi.gen.go) and the strict server interface the http package
// implements (server.gen.go); the typed client is package sdk/api.
// Regenerate with `go generate ./http/oapi ./sdk/api`;
// TestGeneratedCodeIsFresh fails when a committed file, here or in
// sdk/api, differs from what the spec generates.
package oapi

//go:generate go tool oapi-codegen -config config.yaml ../openapi.yaml
//go:generate go tool oapi-codegen -config server.config.yaml ../openapi.yaml
