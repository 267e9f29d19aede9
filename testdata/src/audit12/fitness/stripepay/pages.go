package stripepay

import (
	"context"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"
	stripe "github.com/stripe/stripe-go/v82"

	"audit12/fitness/domain"
)

// CardBook stores a member's default card.
type CardBook interface {
	SetDefaultPaymentMethod(ctx context.Context, memberID, pm string) error
}

// Pages are the pages Stripe sends the member back to after 3-D Secure.
type Pages struct {
	sc          *stripe.Client
	memberships domain.MembershipStore
	cards       CardBook
}

func NewPages(sc *stripe.Client, ms domain.MembershipStore, cards CardBook) *Pages {
	return &Pages{sc: sc, memberships: ms, cards: cards}
}

// PackReturn is the return_url of an on-session class pack purchase that
// needed authentication.
func (p *Pages) PackReturn(c echo.Context) error {
	ctx := c.Request().Context()
	pi, err := p.sc.V1PaymentIntents.Retrieve(ctx, c.QueryParam("payment_intent"), nil)
	if err != nil {
		return c.String(http.StatusBadGateway, "could not load your payment, please refresh")
	}
	membershipID := pi.Metadata["membership_id"]
	classes, _ := strconv.Atoi(pi.Metadata["classes"])
	if err := p.memberships.AddClasses(ctx, membershipID, classes); err != nil { // audit: reported at cmd/gymd/main.go:80 redirectfulfill: the return_url handler retrieves the PaymentIntent named by ?payment_intent= but never checks pi.Status before adding the classes (a failed 3DS returns here too)
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/app/memberships/"+membershipID)
}

// CardSaved is where the member lands after saving a new card for renewals.
func (p *Pages) CardSaved(c echo.Context) error {
	ctx := c.Request().Context()
	memberID := c.QueryParam("member")
	pm := c.QueryParam("payment_method")
	if memberID == "" || pm == "" {
		return c.String(http.StatusBadRequest, "missing parameters")
	}
	if err := p.cards.SetDefaultPaymentMethod(ctx, memberID, pm); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/app/account?card=updated")
}
