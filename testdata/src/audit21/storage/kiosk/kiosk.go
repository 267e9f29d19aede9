// Package kiosk is the self-service move-in kiosk in the site foyers. The
// kiosk shows an Adyen payment link as a QR code (or the tap terminal opens
// it) and the API below drives the screen.
package kiosk

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/adyen/adyen-go-api-library/v21/src/common"
	"github.com/labstack/echo/v4"

	"audit21/storage/db"
	"audit21/storage/platform"
	"audit21/storage/store"
)

// Kiosk is the kiosk API.
type Kiosk struct {
	links    *checkout.PaymentLinksApi
	merchant string
	hmacKey  string
	q        *db.Queries
	st       *store.Store
	jobs     *platform.Runner
	log      *slog.Logger
	qrTTL    time.Duration

	// OnPaid is called once an invoice is paid (main wires the gate sync).
	OnPaid func(ctx context.Context, rentalID int64)
}

// Config is the kiosk's part of the configuration.
type Config struct {
	APIKey      string
	Merchant    string
	HMACKey     string
	Environment string
	QRLifetime  time.Duration
}

// New returns the kiosk API.
func New(cfg Config, q *db.Queries, st *store.Store, jobs *platform.Runner, log *slog.Logger) *Kiosk {
	client := &common.Client{Cfg: &common.Config{
		ApiKey:          cfg.APIKey,
		MerchantAccount: cfg.Merchant,
		Environment:     common.Environment(cfg.Environment),
	}}
	api := checkout.NewAPIClient(client)
	ttl := cfg.QRLifetime
	if ttl == 0 {
		ttl = 90 * time.Second
	}
	return &Kiosk{links: api.PaymentLinksApi, merchant: cfg.Merchant, hmacKey: cfg.HMACKey,
		q: q, st: st, jobs: jobs, log: log, qrTTL: ttl}
}

// Register mounts the kiosk routes.
func (k *Kiosk) Register(e *echo.Echo) {
	e.POST("/kiosk/invoices/:id/pay", k.pay)
	e.GET("/kiosk/return", k.back)
	e.GET("/kiosk/done", k.done)
	e.POST("/kiosk/notifications", k.notification)
}

type payState struct {
	LinkID string `json:"link_id"`
	URL    string `json:"url"`
	Status string `json:"status"`
}

func (k *Kiosk) newLink(ctx context.Context, inv db.Invoice, n int) (checkout.PaymentLinkResponse, error) {
	ref := fmt.Sprintf("KIOSK-%d-%d", inv.ID, n)
	req := k.links.PaymentLinksInput().
		IdempotencyKey(ref).
		PaymentLinkRequest(checkout.PaymentLinkRequest{
			Amount:          checkout.Amount{Currency: inv.Currency, Value: inv.AmountPence},
			MerchantAccount: k.merchant,
			Reference:       ref,
		})
	res, _, err := k.links.PaymentLinks(ctx, req)
	if err != nil {
		return res, err
	}
	return res, k.q.SetInvoiceRef(ctx, db.SetInvoiceRefParams{ID: inv.ID, ProviderRef: ref})
}

// pay shows the QR for an invoice and holds the request open (the kiosk
// long-polls) until the link is paid or the customer walks away.
func (k *Kiosk) pay(c echo.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "bad invoice")
	}
	ctx, cancel := context.WithTimeout(c.Request().Context(), 5*time.Minute)
	defer cancel()
	inv, err := k.q.GetInvoice(ctx, id)
	if err != nil {
		return err
	}
	n := 1
	link, err := k.newLink(ctx, inv, n)
	if err != nil {
		return err
	}
	shown := time.Now()
	t := time.NewTicker(3 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return c.JSON(http.StatusOK, payState{LinkID: link.Id, Status: "timeout"})
		case <-t.C:
		}
		cur, _, err := k.links.GetPaymentLink(ctx, k.links.GetPaymentLinkInput(link.Id))
		if err != nil {
			return err
		}
		switch cur.Status {
		case "completed", "paid":
			return c.JSON(http.StatusOK, payState{LinkID: cur.Id, Status: "paid"})
		case "expired":
			return c.JSON(http.StatusOK, payState{LinkID: cur.Id, Status: "expired"})
		}
		if time.Since(shown) > k.qrTTL {
			// Stale QR codes confuse people; show a fresh one.
			n++
			link, err = k.newLink(ctx, inv, n) // want "\\[pollcreate\\] new payment created inside the loop that polls payment link\\.Id \\(line 115\\):"
			if err != nil {
				return err
			}
			shown = time.Now()
		}
	}
}

// back is where the kiosk browser lands after the hosted payment page:
// /kiosk/return?ref=KIOSK-123-1&resultCode=Authorised
func (k *Kiosk) back(c echo.Context) error {
	var invID int64
	var n int
	if _, err := fmt.Sscanf(c.QueryParam("ref"), "KIOSK-%d-%d", &invID, &n); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "bad reference")
	}
	if c.QueryParam("resultCode") == "Authorised" {
		if err := k.q.MarkInvoicePaid(c.Request().Context(), db.MarkInvoicePaidParams{ID: invID, ProviderRef: c.QueryParam("ref")}); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(resultCode\\)"
			return err
		}
		return c.Redirect(http.StatusSeeOther, "/kiosk/done?ref="+c.QueryParam("ref"))
	}
	return c.Redirect(http.StatusSeeOther, "/kiosk/retry?ref="+c.QueryParam("ref"))
}

// done thanks the customer. The invoice is settled by the notification.
func (k *Kiosk) done(c echo.Context) error {
	return c.String(http.StatusOK, "Thank you! We are confirming your payment - your gate code will be texted to you in a minute.") // audit: lookalike redirectfulfill: the landing page only renders a "confirming" message; the notification webhook settles the invoice
}

var errNoItems = errors.New("kiosk: notification without items")
