// Package sigcheck holds the callback server's fasthttp handler wrappers.
package sigcheck

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"log"

	"github.com/valyala/fasthttp"
)

// RequireSignature runs next only for a request whose body carries a
// valid HMAC-SHA256 of the shared secret in X-Signature.
func RequireSignature(secret string, next fasthttp.RequestHandler) fasthttp.RequestHandler {
	return func(ctx *fasthttp.RequestCtx) {
		mac := hmac.New(sha256.New, []byte(secret))
		mac.Write(ctx.PostBody())
		want := hex.EncodeToString(mac.Sum(nil))
		if !hmac.Equal([]byte(want), ctx.Request.Header.Peek("X-Signature")) {
			ctx.Error("bad signature", fasthttp.StatusUnauthorized)
			return
		}
		next(ctx)
	}
}

// LogRequests logs every request before next runs; it checks nothing.
func LogRequests(name string, next fasthttp.RequestHandler) fasthttp.RequestHandler {
	return func(ctx *fasthttp.RequestCtx) {
		log.Printf("%s %s", name, ctx.Path())
		next(ctx)
	}
}
