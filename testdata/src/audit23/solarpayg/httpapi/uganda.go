package httpapi

import (
	"context"
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
	amqp "github.com/rabbitmq/amqp091-go"

	"audit23/solarpayg/domain"
	"audit23/solarpayg/flutterwave"
	"audit23/solarpayg/platform"
	"audit23/solarpayg/store"
)

// Publisher puts a message on the broker.
type Publisher interface {
	PublishWithContext(ctx context.Context, exchange, key string, mandatory, immediate bool, msg amqp.Publishing) error
}

// Uganda serves Flutterwave's webhooks and the Ugandan checkout pages.
type Uganda struct {
	flw     *flutterwave.Client
	ledger  *store.Ledger
	devices *store.Devices
	settler Applier
	bus     Publisher
	hash    string
}

// NewUganda builds the handlers.
func NewUganda(flw *flutterwave.Client, l *store.Ledger, d *store.Devices, s Applier, bus Publisher, legacyHash string) *Uganda {
	return &Uganda{flw: flw, ledger: l, devices: d, settler: s, bus: bus, hash: legacyHash}
}

type flwEvent struct {
	Event string `json:"event"`
	Data  struct {
		ID        int64   `json:"id"`
		TxRef     string  `json:"tx_ref"`
		Reference string  `json:"reference"`
		Amount    float64 `json:"amount"`
		Currency  string  `json:"currency"`
		Status    string  `json:"status"`
	} `json:"data"`
}

// Events receives Flutterwave's webhooks (mounted behind flutterwave.RequireHash).
func (u *Uganda) Events(c *gin.Context) {
	var ev flwEvent
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	ctx := c.Request.Context()
	switch ev.Event {
	case "charge.completed":
		body, _ := json.Marshal(map[string]any{"tx_ref": ev.Data.TxRef, "id": ev.Data.ID})
		if err := u.bus.PublishWithContext(ctx, "", "flw.charges", false, false, amqp.Publishing{ContentType: "application/json", Body: body}); err != nil { // audit: lookalike webhookack: the charge is confirmed by a worker; the handler only enqueues before answering
			c.Status(http.StatusInternalServerError)
			return
		}
	case "transfer.completed":
		status := domain.PayoutPaid
		if ev.Data.Status != "SUCCESSFUL" {
			status = domain.PayoutFailed
		}
		if err := u.ledger.SetPayoutByRailRef(ctx, strconv.FormatInt(ev.Data.ID, 10), status); err != nil { // audit: lookalike webhookverify: the route is mounted in main behind flutterwave.RequireHash, which refuses an empty hash and aborts on a mismatch
			c.Status(http.StatusInternalServerError)
			return
		}
	}
	c.Status(http.StatusOK)
}

// LegacyCallback is the hook URL older Flutterwave payment links still post to.
func (u *Uganda) LegacyCallback(c *gin.Context) {
	if err := flutterwave.CheckHash(c.Request, u.hash); err != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	var ev flwEvent
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if ev.Data.Status == "successful" {
		if _, err := u.settler.Apply(c.Request.Context(), ev.Data.TxRef, strconv.FormatInt(ev.Data.ID, 10)); err != nil { // audit: reported at cmd/solarpaygd/main.go:105, the route binding (webhookverify): flutterwave.CheckHash lets every request through when FLW_LEGACY_VERIF_HASH is unset (u.hash is never checked for empty), so a forged callback settles the payment
			c.Status(http.StatusInternalServerError)
			return
		}
	}
	c.Status(http.StatusOK)
}

// InstallmentComplete is the redirect_url of Flutterwave's hosted checkout for installments.
func (u *Uganda) InstallmentComplete(c *gin.Context) {
	txRef := c.Query("tx_ref")
	if c.Query("status") != "successful" {
		c.Redirect(http.StatusFound, "/pay/ug/failed?tx_ref="+txRef)
		return
	}
	ctx := c.Request.Context()
	p, err := u.ledger.PaymentByReference(ctx, txRef)
	if err != nil {
		c.String(http.StatusNotFound, "unknown payment")
		return
	}
	if err := u.ledger.SetStatus(ctx, txRef, domain.PaymentSucceeded, c.Query("transaction_id")); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(tx_ref\\)"
		c.String(http.StatusInternalServerError, "try again")
		return
	}
	acct, err := u.ledger.Account(ctx, p.AccountID)
	if err != nil {
		c.String(http.StatusInternalServerError, "try again")
		return
	}
	tok, err := u.devices.IssueToken(ctx, acct.DeviceID, txRef, acct.DaysFor(p.Amount))
	if err != nil {
		c.String(http.StatusInternalServerError, "try again")
		return
	}
	c.HTML(http.StatusOK, "ug_token.html", gin.H{"Token": tok.Code, "Days": tok.Days})
}

// DepositComplete is the redirect_url for signup deposits.
func (u *Uganda) DepositComplete(c *gin.Context) {
	txRef := c.Query("tx_ref")
	id, err := strconv.ParseInt(c.Query("transaction_id"), 10, 64)
	if err != nil {
		c.HTML(http.StatusOK, "ug_processing.html", gin.H{"Ref": txRef})
		return
	}
	ctx := c.Request.Context()
	tx, err := u.flw.Verify(ctx, id)
	if err != nil {
		c.HTML(http.StatusOK, "ug_processing.html", gin.H{"Ref": txRef})
		return
	}
	p, err := u.ledger.PaymentByReference(ctx, txRef)
	if err != nil {
		c.String(http.StatusNotFound, "unknown payment")
		return
	}
	if tx.Status != "successful" || tx.TxRef != txRef || tx.Currency != "UGX" || int64(tx.Amount) < p.Amount {
		c.HTML(http.StatusOK, "ug_processing.html", gin.H{"Ref": txRef})
		return
	}
	if _, err := u.settler.Apply(ctx, txRef, strconv.FormatInt(id, 10)); err != nil { // audit: lookalike redirectfulfill: the transaction is read back from Flutterwave and its status, reference, currency and amount checked before settling
		platform.Logger.Error("settle deposit", "ref", txRef, "err", err)
	}
	c.HTML(http.StatusOK, "ug_welcome.html", gin.H{"Ref": txRef})
}
