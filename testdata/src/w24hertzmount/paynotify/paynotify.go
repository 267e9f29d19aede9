// Package paynotify receives Midtrans HTTP notifications for a co-working
// space's day passes; the command mounts the handlers on a hertz server.
package paynotify

import (
	"context"
	"crypto/sha512"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"net/http"
)

import "github.com/cloudwego/hertz/pkg/app"

// Callbacks handles the notifications.
type Callbacks struct {
	db        *sql.DB
	serverKey string
}

// New returns the handlers.
func New(db *sql.DB, serverKey string) *Callbacks { return &Callbacks{db: db, serverKey: serverKey} }

// Receive marks the pass paid on the notification's word alone.
func (cb *Callbacks) Receive(c context.Context, ctx *app.RequestContext) {
	var n map[string]any
	if err := json.Unmarshal(ctx.GetRawData(), &n); err != nil {
		ctx.AbortWithStatus(http.StatusBadRequest)
		return
	}
	orderID, _ := n["order_id"].(string)
	if n["transaction_status"] != "settlement" || n["fraud_status"] == "deny" {
		ctx.SetStatusCode(http.StatusOK)
		return
	}
	if _, err := cb.db.ExecContext(c, `UPDATE day_passes SET status = 'paid' WHERE order_id = $1`, orderID); err != nil {
		ctx.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	ctx.SetStatusCode(http.StatusOK)
}

// Checked compares signature_key, SHA-512 of order_id + status_code +
// gross_amount + the server key, before marking the pass paid.
func (cb *Callbacks) Checked(c context.Context, ctx *app.RequestContext) {
	var n map[string]any
	if err := json.Unmarshal(ctx.GetRawData(), &n); err != nil {
		ctx.AbortWithStatus(http.StatusBadRequest)
		return
	}
	orderID, _ := n["order_id"].(string)
	code, _ := n["status_code"].(string)
	gross, _ := n["gross_amount"].(string)
	sum := sha512.Sum512([]byte(orderID + code + gross + cb.serverKey))
	if sig, _ := n["signature_key"].(string); sig != hex.EncodeToString(sum[:]) {
		ctx.AbortWithStatus(http.StatusForbidden)
		return
	}
	if n["transaction_status"] != "settlement" {
		ctx.SetStatusCode(http.StatusOK)
		return
	}
	if _, err := cb.db.ExecContext(c, `UPDATE day_passes SET status = 'paid' WHERE order_id = $1`, orderID); err != nil {
		ctx.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	ctx.SetStatusCode(http.StatusOK)
}
