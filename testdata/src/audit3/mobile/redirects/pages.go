package redirects

import (
	"context"
	"net/http"

	"github.com/labstack/echo/v4"
	"gorm.io/gorm"

	"audit3/mobile/paystack"
)

type Ride struct {
	ID            string
	PaymentRef    string
	FareKobo      int64
	PaymentStatus string
}

type Topup struct {
	TxRef  string
	UserID string
	Amount int64
	Status string
}

type Referrals interface {
	RecordClick(ctx context.Context, code, ua string) error
}

type Pages struct {
	db        *gorm.DB
	ps        *paystack.Client
	referrals Referrals
	appURL    string
}

func NewPages(db *gorm.DB, ps *paystack.Client, refs Referrals, appURL string) *Pages {
	return &Pages{db: db, ps: ps, referrals: refs, appURL: appURL}
}

// PaystackCallback: the mobile webview appends status=success when the
// Paystack popup closes with a success.
func (p *Pages) PaystackCallback(c echo.Context) error {
	ref := c.QueryParam("reference")
	if c.QueryParam("status") == "success" {
		p.db.Model(&Ride{}).Where("payment_ref = ?", ref).Update("payment_status", "paid") // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string"
		return c.Redirect(http.StatusFound, p.appURL+"/ride/paid")
	}
	return c.Redirect(http.StatusFound, p.appURL+"/ride/payment-failed")
}

// PaystackDone is the newer page: it asks Paystack before trusting anything.
func (p *Pages) PaystackDone(c echo.Context) error {
	ref := c.QueryParam("reference")
	var ride Ride
	if err := p.db.Where("payment_ref = ?", ref).First(&ride).Error; err != nil {
		return c.String(http.StatusNotFound, "unknown payment")
	}
	tx, err := p.ps.Verify(c.Request().Context(), ref)
	if err != nil {
		return c.String(http.StatusBadGateway, "could not confirm payment, pull to refresh")
	}
	if tx.Status != "success" || tx.Amount != ride.FareKobo {
		return c.Redirect(http.StatusFound, p.appURL+"/ride/payment-failed")
	}
	p.db.Model(&ride).Update("payment_status", "paid")
	return c.Redirect(http.StatusFound, p.appURL+"/ride/paid")
}

// FlutterwaveRedirect: Flutterwave appends ?status=successful&tx_ref=...&transaction_id=...
func (p *Pages) FlutterwaveRedirect(c echo.Context) error {
	status := c.QueryParam("status")
	txRef := c.QueryParam("tx_ref")
	if status == "successful" || status == "completed" {
		var t Topup
		if err := p.db.Where("tx_ref = ?", txRef).First(&t).Error; err != nil {
			return c.String(http.StatusNotFound, "unknown top-up")
		}
		p.db.Model(&t).Update("status", "paid")                                                     // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string"
		p.db.Exec("UPDATE wallets SET balance = balance + ? WHERE user_id = ?", t.Amount, t.UserID) // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string"
		return c.Redirect(http.StatusFound, p.appURL+"/wallet?topup=ok")
	}
	return c.Redirect(http.StatusFound, p.appURL+"/wallet?topup=failed")
}

// ReferralLanding records an invite click and sends the visitor to the
// store; ?status=success comes from the share sheet.
func (p *Pages) ReferralLanding(c echo.Context) error {
	code := c.Param("code")
	if c.QueryParam("status") == "success" {
		_ = p.referrals.RecordClick(c.Request().Context(), code, c.Request().UserAgent())
	}
	return c.Redirect(http.StatusFound, "https://play.google.com/store/apps/details?id=com.example.ride&referrer="+code)
}
