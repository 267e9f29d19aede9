package platform

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"log/slog"

	"github.com/valyala/fasthttp"
)

// SignatureHeader carries the hex HMAC-SHA256 of the body on our partners'
// callbacks.
const SignatureHeader = "X-Payout-Signature"

// ValidSignature reports whether sig is the HMAC-SHA256 of body under key.
func ValidSignature(body []byte, sig, key string) bool {
	mac := hmac.New(sha256.New, []byte(key))
	mac.Write(body)
	want := mac.Sum(nil)
	got, err := hex.DecodeString(sig)
	if err != nil {
		return false
	}
	return hmac.Equal(want, got)
}

// Signed wraps a fasthttp handler so that it runs only for requests whose
// body is signed with key.
func Signed(key string, next fasthttp.RequestHandler) fasthttp.RequestHandler {
	return func(ctx *fasthttp.RequestCtx) {
		sig := string(ctx.Request.Header.Peek(SignatureHeader))
		if !ValidSignature(ctx.PostBody(), sig, key) {
			slog.Warn("rejected unsigned callback", "path", string(ctx.Path()))
			ctx.Error("bad signature", fasthttp.StatusUnauthorized)
			return
		}
		next(ctx)
	}
}
