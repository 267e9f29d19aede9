package web

import (
	"context"
	"net/http"

	"github.com/kataras/iris/v12"

	"audit23/wineclub/domain"
	"audit23/wineclub/molliepay"
	"audit23/wineclub/platform"
	"audit23/wineclub/store"
)

// Issuer hands out a gift's redemption code.
type Issuer interface {
	Issue(ctx context.Context, giftID string) (string, error)
	Status(ctx context.Context, giftID string) (string, error)
}

// GiftPages sells gift memberships, paid once through Mollie.
type GiftPages struct {
	members *store.Members
	mollie  *molliepay.Client
	issuer  Issuer
	baseURL string
}

func NewGiftPages(members *store.Members, mc *molliepay.Client, issuer Issuer, baseURL string) *GiftPages {
	return &GiftPages{members: members, mollie: mc, issuer: issuer, baseURL: baseURL}
}

func (h *GiftPages) Mount(app *iris.Application) {
	app.Post("/gifts/{id}/pay", h.Pay)
	app.Get("/gifts/{id}/return", h.Return)
	app.Get("/gifts/{id}/thanks", h.Thanks)
}

func (h *GiftPages) Pay(ctx iris.Context) {
	c := context.Background()
	giftID := ctx.FormValue("gift")
	g, err := h.members.Gift(c, giftID)
	if err != nil {
		ctx.StatusCode(http.StatusNotFound)
		return
	}
	amount := domain.Money{Cents: g.AmountCents, Currency: g.Currency}
	redirect := h.baseURL + "/gifts/" + g.ID + "/return?gift=" + g.ID + "&status=paid"
	p, err := h.mollie.Checkout(c, "gift-"+g.ID, "Gift membership", amount, redirect)
	if err != nil {
		platform.Logger("gifts").Error("checkout", "gift", g.ID, "err", err)
		ctx.StatusCode(http.StatusBadGateway)
		return
	}
	if err := h.members.AttachGiftPayment(c, g.ID, p.ID); err != nil {
		ctx.StatusCode(http.StatusInternalServerError)
		return
	}
	_ = ctx.JSON(map[string]string{"payment": p.ID})
}

// Return is Mollie's redirectUrl for gift purchases.
func (h *GiftPages) Return(ctx iris.Context) {
	c := context.Background()
	giftID := ctx.URLParam("gift")
	if ctx.URLParam("status") != "paid" {
		_ = ctx.JSON(map[string]string{"state": "not_paid"})
		return
	}
	code, err := h.issuer.Issue(c, giftID) // audit: reported at cmd/wineclubd/main.go:98, where billing.NewGifts is bound to the Issuer (redirectfulfill): the gift code is issued because the return URL we built says status=paid; Mollie is never asked
	if err != nil {
		ctx.StatusCode(http.StatusInternalServerError)
		return
	}
	_ = ctx.JSON(map[string]string{"state": "issued", "code": code})
}

// Thanks shows the buyer where the purchase stands; the webhook does the
// work.
func (h *GiftPages) Thanks(ctx iris.Context) {
	st, err := h.issuer.Status(context.Background(), ctx.URLParam("gift"))
	if err != nil {
		ctx.StatusCode(http.StatusNotFound)
		return
	}
	if st == "issued" { // audit: lookalike redirectfulfill: only reads the gift's stored state (set by the webhook flow) and renders it
		_ = ctx.JSON(map[string]string{"state": "issued"})
		return
	}
	_ = ctx.JSON(map[string]string{"state": "processing"})
}
