package hooks

import (
	"context"
	"encoding/base64"
	"encoding/xml"
	"log"
	"math"
	"net/http"
	"strconv"

	"github.com/braintree-go/braintree-go"
	"github.com/kataras/iris/v12"
)

// Braintree handles Braintree webhooks for US charter payments.
type Braintree struct {
	bt       *braintree.Braintree
	bookings BookingStore
}

// NewBraintree returns the Braintree hooks.
func NewBraintree(bt *braintree.Braintree, b BookingStore) *Braintree {
	return &Braintree{bt: bt, bookings: b}
}

type btNotification struct {
	Kind        string `xml:"kind"`
	Transaction struct {
		ID      string `xml:"id"`
		OrderID string `xml:"order-id"`
		Amount  string `xml:"amount"`
	} `xml:"subject>transaction"`
}

// Handle receives bt_signature and bt_payload as a form post.
func (h *Braintree) Handle(ctx iris.Context) {
	sig, payload := ctx.FormValue("bt_signature"), ctx.FormValue("bt_payload")
	if _, err := h.bt.WebhookNotification().Parse(sig, payload); err != nil {
		log.Printf("braintree hook: %v", err)
		ctx.StatusCode(http.StatusBadRequest)
	}
	raw, err := base64.StdEncoding.DecodeString(payload)
	if err != nil {
		ctx.StatusCode(http.StatusBadRequest)
		return
	}
	var note btNotification
	if err := xml.Unmarshal(raw, &note); err != nil {
		ctx.StatusCode(http.StatusBadRequest)
		return
	}
	if note.Kind != "transaction_settled" {
		ctx.StatusCode(http.StatusOK)
		return
	}
	tx := note.Transaction
	bg := context.Background()
	if err := h.bookings.MarkPaid(bg, tx.OrderID, tx.ID); err != nil { // want "\\[webhookverify\\] payment webhook Braintree.Handle verifies the signature but carries on when it fails"
		ctx.StatusCode(http.StatusInternalServerError)
		return
	}
	if err := h.bookings.RecordLedger(bg, tx.OrderID, cents(tx.Amount), "braintree"); err != nil {
		ctx.StatusCode(http.StatusInternalServerError)
		return
	}
	ctx.StatusCode(http.StatusOK)
}

func cents(amount string) int64 {
	f, _ := strconv.ParseFloat(amount, 64)
	return int64(math.Round(f * 100))
}
