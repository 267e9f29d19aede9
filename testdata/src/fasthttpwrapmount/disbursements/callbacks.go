// Package disbursements receives the transfer rail's callbacks.
package disbursements

import (
	"database/sql"
	"encoding/json"

	"github.com/valyala/fasthttp"
)

// Notification is the rail's callback body.
type Notification struct {
	Type      string `json:"type"`
	Reference string `json:"reference"`
}

// Callbacks settles invoices the rail reports collected.
type Callbacks struct {
	DB *sql.DB
}

// Handle marks the invoice named by a collected transfer paid.
func (c *Callbacks) Handle(ctx *fasthttp.RequestCtx) {
	var n Notification
	if err := json.Unmarshal(ctx.PostBody(), &n); err != nil {
		ctx.Error("bad body", fasthttp.StatusBadRequest)
		return
	}
	if n.Type == "transfer.collected" {
		if _, err := c.DB.Exec(`UPDATE invoices SET status = 'paid' WHERE reference = $1`, n.Reference); err != nil {
			ctx.Error("retry", fasthttp.StatusBadGateway)
			return
		}
	}
	ctx.SetStatusCode(fasthttp.StatusOK)
}
