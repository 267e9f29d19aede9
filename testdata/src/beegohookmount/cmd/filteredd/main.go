// Command filteredd mounts the same callbacks behind beego filters that
// verify the signature before the router runs: one of another package,
// matched by a wildcard pattern, and one of its own, matched by a path
// parameter. Silent.
package main

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"os"

	"github.com/beego/beego/v2/server/web"
	beecontext "github.com/beego/beego/v2/server/web/context"

	"beegohookmount/signing"
	"beegohookmount/webhooks"
)

type invoiceStore struct{}

func (invoiceStore) MarkPaid(ctx context.Context, invoiceID, transferID string) error { return nil }
func (invoiceStore) MarkFailed(ctx context.Context, invoiceID string) error           { return nil }

var railSecret = os.Getenv("RAIL_SECRET")

// checkRail answers 401 and returns when the signature does not match.
func checkRail(ctx *beecontext.Context) {
	if railSecret == "" {
		ctx.Output.SetStatus(503)
		return
	}
	mac := hmac.New(sha256.New, []byte(railSecret))
	mac.Write(ctx.Input.RequestBody)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(ctx.Input.Header("X-Request-Signature-SHA-256"))) {
		ctx.Output.SetStatus(401)
		return
	}
}

func main() {
	cb := webhooks.New(invoiceStore{})
	web.InsertFilter("/hooks/*", web.BeforeRouter, signing.VerifyRail)
	web.Post("/hooks/rail", cb.Transfer)

	web.InsertFilter("/rails/:rail/callback", web.BeforeExec, checkRail)
	web.Post("/rails/:rail/callback", cb.Transfer)
	web.Run(":8083")
}
