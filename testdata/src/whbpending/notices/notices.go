// Package notices receives Midtrans payment notifications for a music
// school in gin. Nothing here mounts them or checks a signature; the
// notice is read back from Midtrans. The ports' implementations are in
// sight (wire.go builds them), so the use case is judged here.
package notices

import (
	"context"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/midtrans/midtrans-go/coreapi"
)

// LessonBook adds and reads lesson packs.
type LessonBook interface {
	AddLessons(ctx context.Context, orderID string, n int) error
	Status(ctx context.Context, orderID string) (string, error)
	MarkPaid(ctx context.Context, orderID string) error
}

// PackSizer is a port with two implementations: one adds, one sets.
type PackSizer interface {
	AddLessons(ctx context.Context, orderID string, n int) error
}

// Receipts mails receipts.
type Receipts interface {
	SendReceipt(ctx context.Context, orderID string) error
}

// Notices holds the ports.
type Notices struct {
	core     coreapi.Client
	book     LessonBook
	sizes    PackSizer
	receipts Receipts
}

type midtransNotification struct {
	OrderID           string `json:"order_id"`
	TransactionStatus string `json:"transaction_status"`
}

// --- reported: the read-back says settlement every time ---

// Settled adds the pack's lessons on every notice.
func (n *Notices) Settled(c *gin.Context) {
	var ev midtransNotification
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if ev.TransactionStatus != "settlement" {
		c.Status(http.StatusOK)
		return
	}
	st, merr := n.core.CheckTransaction(ev.OrderID)
	if merr != nil {
		c.Status(http.StatusBadGateway)
		return
	}
	if st.TransactionStatus != "settlement" {
		c.Status(http.StatusOK)
		return
	}
	if err := n.book.AddLessons(c.Request.Context(), st.OrderID, 8); err != nil { // want "webhook handler credits the balance \\(notices.LessonBook.AddLessons \\(lessons.Book.AddLessons\\): .*lessons_left"
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// --- silent ---

// SettledOnce checks the stored state before adding.
func (n *Notices) SettledOnce(c *gin.Context) {
	var ev midtransNotification
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if ev.TransactionStatus != "settlement" {
		c.Status(http.StatusOK)
		return
	}
	ctx := c.Request.Context()
	status, err := n.book.Status(ctx, ev.OrderID)
	if err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	if status == "paid" {
		c.Status(http.StatusOK)
		return
	}
	_ = n.book.AddLessons(ctx, ev.OrderID, 8)
	_ = n.book.MarkPaid(ctx, ev.OrderID)
	c.Status(http.StatusOK)
}

// SettledState only stores the paid state.
func (n *Notices) SettledState(c *gin.Context) {
	var ev midtransNotification
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if ev.TransactionStatus != "settlement" {
		c.Status(http.StatusOK)
		return
	}
	_ = n.book.MarkPaid(c.Request.Context(), ev.OrderID)
	c.Status(http.StatusOK)
}

// SettledMail only mails the receipt (a message: no proof of a payment effect).
func (n *Notices) SettledMail(c *gin.Context) {
	var ev midtransNotification
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if ev.TransactionStatus != "settlement" {
		c.Status(http.StatusOK)
		return
	}
	_ = n.receipts.SendReceipt(c.Request.Context(), ev.OrderID)
	c.Status(http.StatusOK)
}

// SettledSized calls a port one of whose implementations only sets a size.
func (n *Notices) SettledSized(c *gin.Context) {
	var ev midtransNotification
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if ev.TransactionStatus != "settlement" {
		c.Status(http.StatusOK)
		return
	}
	_ = n.sizes.AddLessons(c.Request.Context(), ev.OrderID, 8)
	c.Status(http.StatusOK)
}
