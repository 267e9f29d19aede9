// Package courses: gin handlers of Xendit invoice callbacks (checked by
// the x-callback-token) for a course paid in two instalments: a paid
// first instalment is announced to the student on WhatsApp, and the
// second instalment's invoice is created.
package courses

import (
	"context"
	"database/sql"
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
	xendit "github.com/xendit/xendit-go/v6"
	invoice "github.com/xendit/xendit-go/v6/invoice"

	"k22xinvoice/chat"
)

type invoiceCallback struct {
	ID         string  `json:"id"`
	ExternalID string  `json:"external_id"`
	Status     string  `json:"status"`
	PayerEmail string  `json:"payer_email"`
	Amount     float64 `json:"amount"`
}

// Hooks serves the callbacks.
type Hooks struct {
	db       *sql.DB
	token    string
	xnd      *xendit.APIClient
	whatsapp *chat.Gateway
	outbox   *chat.Outbox
}

func (h *Hooks) callback(c *gin.Context) (*invoiceCallback, bool) {
	if c.GetHeader("x-callback-token") != h.token {
		c.AbortWithStatus(http.StatusUnauthorized)
		return nil, false
	}
	var cb invoiceCallback
	if err := c.ShouldBindJSON(&cb); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return nil, false
	}
	return &cb, true
}

func (h *Hooks) secondInstalment(ctx context.Context, cb *invoiceCallback) (*invoice.Invoice, error) {
	req := *invoice.NewCreateInvoiceRequest(cb.ExternalID+"-2", cb.Amount)
	req.PayerEmail = &cb.PayerEmail
	inv, _, xerr := h.xnd.InvoiceApi.CreateInvoice(ctx).CreateInvoiceRequest(req).Execute()
	if xerr != nil {
		return nil, xerr
	}
	return inv, nil
}

// FirstPaidNotice tells the student on WhatsApp, through the gateway, on
// every delivery and before answering.
func (h *Hooks) FirstPaidNotice(c *gin.Context) {
	cb, ok := h.callback(c)
	if !ok {
		return
	}
	if cb.Status == "PAID" {
		t := chat.Template{To: cb.PayerEmail, Name: "first_instalment_paid", Params: []string{cb.ID}}
		if err := h.whatsapp.SendWhatsAppTemplate(c, t); err != nil { // want `webhook handler (calls chat.Gateway.SendWhatsAppTemplate, which calls an external API|sends a message \(chat.Gateway.SendWhatsAppTemplate)`
			log.Printf("whatsapp: %v", err)
		}
	}
	c.Status(http.StatusOK)
}

// FirstPaidQueuedNotice hands the template to the worker's queue on
// every delivery: the worker sends it, and may drop a repeat (silent).
func (h *Hooks) FirstPaidQueuedNotice(c *gin.Context) {
	cb, ok := h.callback(c)
	if !ok {
		return
	}
	if cb.Status == "PAID" {
		t := chat.Template{To: cb.PayerEmail, Name: "first_instalment_paid", Params: []string{cb.ID}}
		if err := h.outbox.SendWhatsAppTemplate(c, t); err != nil {
			log.Printf("outbox: %v", err)
		}
	}
	c.Status(http.StatusOK)
}

// FirstPaidNext creates the second instalment's invoice on every
// delivery: Xendit takes no key for invoices, so each is a new invoice
// mailed to the student.
func (h *Hooks) FirstPaidNext(c *gin.Context) {
	cb, ok := h.callback(c)
	if !ok {
		return
	}
	if cb.Status == "PAID" {
		inv, err := h.secondInstalment(c, cb) // want `webhook handler (calls courses.Hooks.secondInstalment, which calls the payment provider \(xendit/invoice InvoiceApi.CreateInvoice\)|sends a payment write \(courses.Hooks.secondInstalment)`
		if err != nil {
			c.AbortWithStatus(http.StatusBadGateway)
			return
		}
		log.Printf("second instalment %s", *inv.Id)
	}
	c.Status(http.StatusOK)
}

// FirstPaidQueued hands the WhatsApp template to the worker's queue and
// creates the next invoice once, after answering: the instalment's stored
// status is checked and set first (silent).
func (h *Hooks) FirstPaidQueued(c *gin.Context) {
	cb, ok := h.callback(c)
	if !ok {
		return
	}
	if cb.Status != "PAID" {
		c.Status(http.StatusOK)
		return
	}
	var status string
	if err := h.db.QueryRowContext(c, "SELECT status FROM instalments WHERE invoice_id = $1", cb.ID).Scan(&status); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	if status == "PAID" {
		c.Status(http.StatusOK)
		return
	}
	if _, err := h.db.ExecContext(c, "UPDATE instalments SET status = 'PAID' WHERE invoice_id = $1", cb.ID); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	t := chat.Template{To: cb.PayerEmail, Name: "first_instalment_paid", Params: []string{cb.ID}}
	if err := h.outbox.SendWhatsAppTemplate(c, t); err != nil {
		log.Printf("outbox: %v", err)
	}
	c.Status(http.StatusOK)
	go func(cb invoiceCallback) {
		if _, err := h.secondInstalment(context.Background(), &cb); err != nil {
			log.Printf("second instalment: %v", err)
		}
	}(*cb)
}

// Mount registers the callbacks Xendit is configured with.
func (h *Hooks) Mount(r *gin.Engine) {
	g := r.Group("/xendit/invoices")
	g.POST("/paid", h.FirstPaidNotice)
	g.POST("/paid/next", h.FirstPaidNext)
	g.POST("/paid/queued", h.FirstPaidQueued)
	g.POST("/paid/queued-notice", h.FirstPaidQueuedNotice)
}
