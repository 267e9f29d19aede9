// Package tills holds a card terminal provider's webhook; the route is
// mounted by another package (server, gatedserver), so it is judged
// there, per route.
package tills

import (
	"database/sql"
	"net/http"

	"github.com/gin-gonic/gin"
)

// Notification is the terminal provider's transaction notice.
type Notification struct {
	Event string `json:"event_type"`
	Txn   struct {
		Ref    string `json:"client_transaction_id"`
		Status string `json:"status"`
	} `json:"payload"`
}

// Tills answers the terminal provider.
type Tills struct {
	DB *sql.DB
}

// TerminalWebhook checks no signature and marks the order paid on a successful
// notice: judged where it is mounted.
func (t *Tills) TerminalWebhook(c *gin.Context) {
	var n Notification
	if err := c.ShouldBindJSON(&n); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if n.Event != "transaction.updated" {
		c.Status(http.StatusNoContent)
		return
	}
	if n.Txn.Status == "SUCCESSFUL" {
		if _, err := t.DB.ExecContext(c.Request.Context(),
			`UPDATE orders SET status = 'paid' WHERE id = $1`, n.Txn.Ref); err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
	}
	c.Status(http.StatusOK)
}
