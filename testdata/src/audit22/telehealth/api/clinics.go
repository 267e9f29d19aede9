package api

import (
	"context"
	"fmt"
	"strconv"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/app/server"

	"audit22/telehealth/clinics"
	"audit22/telehealth/webhooks"
)

// ClinicLedger is the clinic subscription ledger as the portal uses it.
type ClinicLedger interface {
	ActivateClinic(ctx context.Context, clinicID, txnID string, seats int) error
}

// Portal serves the clinic admin portal (hertz).
type Portal struct {
	billing *clinics.Billing
	ledger  ClinicLedger
	baseURL string
}

// NewPortal builds the portal handlers.
func NewPortal(b *clinics.Billing, l ClinicLedger, baseURL string) *Portal {
	return &Portal{billing: b, ledger: l, baseURL: baseURL}
}

// BuySeats opens a Paddle checkout for more seats.
func (p *Portal) BuySeats(c context.Context, ctx *app.RequestContext) {
	seats, err := strconv.Atoi(ctx.PostForm("seats"))
	if err != nil || seats < 1 {
		ctx.AbortWithStatus(400)
		return
	}
	clinicID := ctx.Param("id")
	txn, url, err := p.billing.Checkout(c, clinicID, seats)
	if err != nil {
		ctx.AbortWithStatus(502)
		return
	}
	ctx.JSON(200, map[string]string{"transaction": txn, "checkout_url": url + "?success=" + p.baseURL + "/clinics/" + clinicID + "/billing/complete"})
}

// Complete is where Paddle Checkout sends the admin back.
func (p *Portal) Complete(c context.Context, ctx *app.RequestContext) {
	clinicID := ctx.Param("id")
	txn := ctx.Query("_ptxn")
	seats, _ := strconv.Atoi(ctx.DefaultQuery("seats", "1"))
	if ctx.Query("status") == "completed" && txn != "" {
		if err := p.ledger.ActivateClinic(c, clinicID, txn, seats); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(status\\)"
			ctx.AbortWithStatus(500)
			return
		}
	}
	ctx.Redirect(302, []byte(fmt.Sprintf("/portal/clinics/%s/seats", clinicID)))
}

// MountPortal registers the portal and the Paddle notification route.
func MountPortal(h *server.Hertz, p *Portal, paddle *webhooks.Paddle) {
	h.POST("/clinics/:id/seats", p.BuySeats)
	h.GET("/clinics/:id/billing/complete", p.Complete)
	h.POST("/hooks/paddle", paddle.Handle)
}
