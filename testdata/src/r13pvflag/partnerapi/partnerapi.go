// Package partnerapi receives the payouts provider's transfer notices on
// gin. It verifies nothing itself: whether it is safe depends on the
// routes that mount it.
package partnerapi

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"r13pvflag/affiliates"
)

type transferNotification struct {
	Type string `json:"type"`
	Data struct {
		ID        string `json:"id"`
		Reference string `json:"reference"`
		Amount    int64  `json:"amount"`
	} `json:"data"`
}

// Transfers handles transfer.paid and transfer.returned.
type Transfers struct {
	commissions *affiliates.Store
}

// NewTransfers returns the handler.
func NewTransfers(s *affiliates.Store) *Transfers { return &Transfers{commissions: s} }

// Notice applies one transfer notice.
func (t *Transfers) Notice(c *gin.Context) {
	var n transferNotification
	if err := c.ShouldBindJSON(&n); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	switch n.Type {
	case "transfer.paid":
		if err := t.commissions.Disburse(n.Data.Reference, n.Data.ID); err != nil {
			c.Status(http.StatusInternalServerError)
			return
		}
	case "transfer.returned":
		if err := t.commissions.Reopen(n.Data.Reference); err != nil {
			c.Status(http.StatusInternalServerError)
			return
		}
	}
	c.Status(http.StatusOK)
}

// Receipts marks a commission notice read: no money moves.
type Receipts struct {
	commissions *affiliates.Store
}

// NewReceipts returns the handler.
func NewReceipts(s *affiliates.Store) *Receipts { return &Receipts{commissions: s} }

// Seen applies one read receipt.
func (r *Receipts) Seen(c *gin.Context) {
	var n transferNotification
	if err := c.ShouldBindJSON(&n); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if err := r.commissions.MarkSeen(n.Data.Reference); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}
