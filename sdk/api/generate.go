// Package api is generated from ../../http/openapi.yaml: the API's types and
// the typed client (api.gen.go) that package sdk wraps, plus conversions
// to the domain types (convert.go). It imports no server package, so a
// program that only calls a Hokusai server links none of it. Regenerate
// with `go generate ./sdk/api`; TestGeneratedCodeIsFresh (in http/oapi,
// beside the server's generated files) fails when the committed file
// differs from what the spec generates.
package api

//go:generate go tool oapi-codegen -config config.yaml ../../http/openapi.yaml
