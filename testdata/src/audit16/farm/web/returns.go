// Package web serves the buyer-facing pages the payment providers send
// buyers back to.
package web

import (
	"context"
	"html/template"
	"log"
	"net/http"

	"audit16/farm/paystack"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// Orders is what the return pages need from the order store.
type Orders interface {
	Release(ctx context.Context, ref string) error
}

// Returns renders the pages buyers land on after paying.
type Returns struct {
	ps     *paystack.Client
	orders Orders
	tmpl   *template.Template
}

// NewReturns returns the return page handlers.
func NewReturns(ps *paystack.Client, orders Orders, tmpl *template.Template) *Returns {
	return &Returns{ps: ps, orders: orders, tmpl: tmpl}
}

// PaystackReturn is Paystack's callback_url: the buyer comes back with
// ?trxref=...&reference=....
func (h *Returns) PaystackReturn(c *gin.Context) {
	ref := c.Query("reference")
	tx, err := h.ps.Verify(c, ref)
	if err != nil {
		log.Printf("paystack return %s: %v", ref, err)
		c.HTML(http.StatusBadGateway, "pay_retry.html", gin.H{"ref": ref})
		return
	}
	if err := h.orders.Release(c, tx.Reference); err != nil { // audit: reported at cmd/farmd/main.go:64 (redirectfulfill, where main binds web.Orders to store.Orders; handler/r22_releaseport.go): Paystack callback_url page releases the box (web.Orders.Release, wired in main to store.Orders: status released) after Verify returned without error, never testing tx.Status (failed/abandoned come back with 200) (Exirom: never trust the success redirect)
		c.HTML(http.StatusInternalServerError, "error.html", nil)
		return
	}
	c.HTML(http.StatusOK, "thanks.html", gin.H{"ref": tx.Reference, "amount": tx.Amount / 100})
}

// FlutterwaveReturn is Flutterwave's redirect_url: the buyer comes back
// with ?status=...&tx_ref=...&transaction_id=....
func (h *Returns) FlutterwaveReturn(c *fiber.Ctx) error {
	txRef := c.Query("tx_ref")
	if c.Query("status") == "successful" {
		if err := h.orders.Release(c.UserContext(), txRef); err != nil { // audit: reported at cmd/farmd/main.go:64 (redirectfulfill, where main binds web.Orders to store.Orders; handler/r22_releaseport.go): Flutterwave redirect_url page (fiber route /pay/flutterwave/return in main) releases the box because the query string says status=successful (Exirom: the success redirect is for UX only)
			return c.SendStatus(fiber.StatusInternalServerError)
		}
		return c.Redirect("/orders/" + txRef + "/thanks")
	}
	return c.Redirect("/pay/failed?ref=" + txRef)
}

// ExportComplete is the return_url of export PaymentIntents.
func (h *Returns) ExportComplete(w http.ResponseWriter, r *http.Request) {
	pi, err := paymentintent.Get(r.URL.Query().Get("payment_intent"), nil)
	if err != nil {
		http.Error(w, "could not load your payment, please refresh", http.StatusBadGateway)
		return
	}
	if pi.Status != stripe.PaymentIntentStatusSucceeded {
		h.tmpl.ExecuteTemplate(w, "export_pending.html", pi.Status)
		return
	}
	if err := h.orders.Release(r.Context(), pi.Metadata["order_ref"]); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	h.tmpl.ExecuteTemplate(w, "export_thanks.html", pi.Metadata["order_ref"])
}
