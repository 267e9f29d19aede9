// Package httpx is a stub of github.com/zeromicro/go-zero/rest/httpx
// (v1.8.4): only what paylint's tests use.
package httpx

import (
	"context"
	"net/http"
)

func Parse(r *http.Request, v any) error     { panic("stub") }
func ParseForm(r *http.Request, v any) error { panic("stub") }
func ParsePath(r *http.Request, v any) error { panic("stub") }
func ParseJsonBody(r *http.Request, v any) error {
	panic("stub")
}
func Error(w http.ResponseWriter, err error, fns ...func(w http.ResponseWriter, err error)) {
	panic("stub")
}
func OkJson(w http.ResponseWriter, v any)                         { panic("stub") }
func OkJsonCtx(ctx context.Context, w http.ResponseWriter, v any) { panic("stub") }
