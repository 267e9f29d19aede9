// Package signing holds the beego filter that checks the rail's
// X-Request-Signature-SHA-256 header: an HMAC of the posted body under
// the webhook secret, compared in constant time; a mismatch aborts the
// request with 401 before any route runs.
package signing

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"os"

	beecontext "github.com/beego/beego/v2/server/web/context"
)

var secret = []byte(os.Getenv("RAIL_WEBHOOK_SECRET"))

func init() {
	if len(secret) == 0 {
		panic("signing: RAIL_WEBHOOK_SECRET is required")
	}
}

// VerifyRail rejects a request whose signature does not match its body.
func VerifyRail(ctx *beecontext.Context) {
	mac := hmac.New(sha256.New, secret)
	mac.Write(ctx.Input.RequestBody)
	want := hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(want), []byte(ctx.Input.Header("X-Request-Signature-SHA-256"))) {
		ctx.Abort(401, "bad signature")
	}
}

// LogRequest only logs; it verifies nothing.
func LogRequest(ctx *beecontext.Context) {
	_ = ctx.Input.Header("User-Agent")
}
