// Package checkout serves the buyer-facing pages of prepaid reservations
// and one-way fees: starting the payment and the return pages.
package checkout

import (
	"context"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/jmoiron/sqlx"
)

// Payments is the part of stripepay the pages use.
type Payments interface {
	OneWayCheckout(ctx context.Context, rentalID, priceID string) (string, error)
	CheckoutPaid(ctx context.Context, sessionID string) (string, bool, error)
	PrepayIntent(ctx context.Context, bookingID string, cents int64, currency string) (string, error)
}

// Bookings stores reservations.
type Bookings struct{ db *sqlx.DB }

// NewBookings returns Bookings on db.
func NewBookings(db *sqlx.DB) *Bookings { return &Bookings{db: db} }

// MarkPaid records a prepaid reservation as paid and holds the car.
func (b *Bookings) MarkPaid(ctx context.Context, bookingID, paymentRef string) error {
	_, err := b.db.ExecContext(ctx,
		`UPDATE bookings SET payment_status = 'paid', payment_ref = $2, car_held = true WHERE id = $1`,
		bookingID, paymentRef)
	return err
}

// MarkOneWayPaid records the one-way fee of a rental as paid.
func (b *Bookings) MarkOneWayPaid(ctx context.Context, rentalID string) error {
	_, err := b.db.ExecContext(ctx, `UPDATE rentals SET oneway_fee_paid = true WHERE id = $1`, rentalID)
	return err
}

// Pages are the gin handlers.
type Pages struct {
	pay         Payments
	bookings    *Bookings
	onewayPrice string
}

// NewPages returns Pages.
func NewPages(pay Payments, bookings *Bookings, onewayPrice string) *Pages {
	return &Pages{pay: pay, bookings: bookings, onewayPrice: onewayPrice}
}

// Register adds the routes to the checkout engine.
func (p *Pages) Register(g *gin.RouterGroup) {
	g.GET("/reserve/return", p.ReserveReturn)
	g.POST("/oneway/:rental", p.StartOneWay)
	g.GET("/oneway/success", p.OneWaySuccess)
}

// ReserveReturn is the return_url of the reservation payment page:
// ?booking=..&payment_intent=..&redirect_status=..
func (p *Pages) ReserveReturn(c *gin.Context) {
	booking := c.Query("booking")
	switch c.Query("redirect_status") {
	case "succeeded":
		if err := p.bookings.MarkPaid(c, booking, c.Query("payment_intent")); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string"
			c.HTML(http.StatusInternalServerError, "error.html", gin.H{"booking": booking})
			return
		}
		c.HTML(http.StatusOK, "reserved.html", gin.H{"booking": booking})
	case "processing":
		c.HTML(http.StatusOK, "processing.html", gin.H{"booking": booking})
	default:
		c.Redirect(http.StatusSeeOther, "/book/"+booking+"?retry=1")
	}
}

// StartOneWay sends the renter to the hosted checkout for the one-way fee.
func (p *Pages) StartOneWay(c *gin.Context) {
	url, err := p.pay.OneWayCheckout(c, c.Param("rental"), p.onewayPrice)
	if err != nil {
		c.String(http.StatusBadGateway, "checkout unavailable")
		return
	}
	c.Redirect(http.StatusSeeOther, url)
}

// OneWaySuccess is the hosted checkout's success_url.
func (p *Pages) OneWaySuccess(c *gin.Context) {
	rentalID, paid, err := p.pay.CheckoutPaid(c, c.Query("session_id"))
	if err != nil {
		c.String(http.StatusBadGateway, "could not confirm the payment, refresh in a moment")
		return
	}
	if !paid {
		c.HTML(http.StatusOK, "oneway_pending.html", gin.H{"rental": rentalID})
		return
	}
	if err := p.bookings.MarkOneWayPaid(c, rentalID); err != nil {
		c.String(http.StatusInternalServerError, "try again")
		return
	}
	c.HTML(http.StatusOK, "oneway_paid.html", gin.H{"rental": rentalID})
}
