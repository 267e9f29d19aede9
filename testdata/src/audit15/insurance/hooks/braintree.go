package hooks

import (
	"context"
	"encoding/base64"
	"encoding/xml"
	"math"
	"net/http"
	"strconv"
	"time"

	"github.com/braintree-go/braintree-go"
	"github.com/cloudwego/hertz/pkg/app"

	"audit15/insurance/store"
)

// Ledger books premium movements.
type Ledger interface {
	AppendLedger(ctx context.Context, e store.LedgerEntry) error
}

// Braintree handles Braintree webhook notifications (hertz).
type Braintree struct {
	BT       *braintree.Braintree
	Premiums PremiumBook
	Ledger   Ledger
}

type btSubject struct {
	Transaction struct {
		ID      string `xml:"id"`
		OrderID string `xml:"order-id"`
		Amount  string `xml:"amount"`
	} `xml:"subject>transaction"`
}

func amountMinor(s string) int64 {
	f, _ := strconv.ParseFloat(s, 64)
	return int64(math.Round(f * 100))
}

func (h *Braintree) Handle(c context.Context, ctx *app.RequestContext) {
	sig, payload := ctx.PostForm("bt_signature"), ctx.PostForm("bt_payload")
	n, err := h.BT.WebhookNotification().Parse(sig, payload)
	if err != nil {
		ctx.AbortWithStatus(http.StatusForbidden)
		return
	}
	if n.Kind != "transaction_settled" {
		ctx.SetStatusCode(http.StatusOK)
		return
	}
	raw, _ := base64.StdEncoding.DecodeString(payload)
	var subj btSubject
	if err := xml.Unmarshal(raw, &subj); err != nil {
		ctx.AbortWithStatus(http.StatusBadRequest)
		return
	}
	tx := subj.Transaction
	if err := h.Premiums.MarkPremiumPaid(c, tx.ID); err != nil {
		ctx.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	policyID, err := h.Premiums.PolicyIDByRef(c, tx.ID)
	if err != nil {
		ctx.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	err = h.Ledger.AppendLedger(c, store.LedgerEntry{
		PolicyID: policyID, Kind: "premium_settled", AmountMinor: amountMinor(tx.Amount),
		ProviderRef: tx.ID, BookedAt: time.Now(),
	})
	if err != nil {
		ctx.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	ctx.SetStatusCode(http.StatusOK)
}
