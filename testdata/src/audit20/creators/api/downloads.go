package api

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/plutov/paypal/v4"

	"audit20/creators/lemon"
	"audit20/creators/store"
)

type payRequest struct {
	Via           string `json:"via"` // stripe, card, lemon, paypal
	Customer      string `json:"customer"`
	PaymentMethod string `json:"payment_method"`
	StripePriceID string `json:"stripe_price_id"`
	LemonVariant  string `json:"lemon_variant"`
}

// pay starts paying for a pending purchase with the chosen provider.
func (a *API) pay(c *gin.Context) {
	var in payRequest
	if err := c.ShouldBindJSON(&in); err != nil {
		fail(c, http.StatusBadRequest, "invalid request")
		return
	}
	p, err := a.Purchases.Get(c, c.Param("id"))
	if err != nil || p.FanID != fanID(c) || p.Status != store.PurchasePending {
		fail(c, http.StatusNotFound, "unknown purchase")
		return
	}
	var url string
	switch in.Via {
	case "card":
		pi, err := a.Checkout.OneClick(c, p, in.Customer, in.PaymentMethod)
		if err != nil {
			a.Log.Warn("one-click", "purchase", p.ID, "err", err)
			fail(c, http.StatusPaymentRequired, "we couldn't charge your card")
			return
		}
		c.JSON(http.StatusOK, gin.H{"status": pi.Status, "purchase": p.ID})
		return
	case "lemon":
		url, err = a.Lemon.CreateCheckout(c, lemon.CheckoutRequest{
			VariantID: in.LemonVariant, PriceCents: p.AmountCents, Email: p.FanEmail, PurchaseID: p.ID,
			RedirectURL: a.PublicURL + "/downloads/thanks?purchase=" + p.ID,
		})
	case "paypal":
		url, err = a.paypalOrder(c, p)
	default:
		url, err = a.Checkout.BuyDownload(c, p, in.StripePriceID)
	}
	if err != nil {
		a.Log.Error("start payment", "purchase", p.ID, "via", in.Via, "err", err)
		fail(c, http.StatusBadGateway, "payment provider unavailable")
		return
	}
	c.JSON(http.StatusOK, gin.H{"url": url})
}

func (a *API) paypalOrder(ctx context.Context, p *store.Purchase) (string, error) {
	order, err := a.PayPal.CreateOrderWithPaypalRequestID(ctx, paypal.OrderIntentCapture,
		[]paypal.PurchaseUnitRequest{{
			ReferenceID: p.ID,
			CustomID:    p.ID,
			Description: "Download " + p.ProductID,
			Amount:      &paypal.PurchaseUnitAmount{Currency: p.Currency, Value: fmt.Sprintf("%d.%02d", p.AmountCents/100, p.AmountCents%100)},
		}},
		nil,
		&paypal.ApplicationContext{BrandName: "Fanclub", ReturnURL: a.PublicURL + "/paypal/return?purchase=" + p.ID, CancelURL: a.PublicURL + "/purchases/" + p.ID},
		"order-"+p.ID,
	)
	if err != nil {
		return "", err
	}
	if err := a.Purchases.Attach(ctx, p.ID, "paypal", order.ID); err != nil {
		return "", err
	}
	return "https://www.paypal.com/checkoutnow?token=" + order.ID, nil
}

// checkoutSuccess is the success_url of download sessions.
func (a *API) checkoutSuccess(c *gin.Context) {
	s, err := a.Checkout.Session(c, c.Query("session_id"))
	if err != nil {
		a.render(c, "processing.html", gin.H{"message": "We're confirming your payment."})
		return
	}
	if err := a.Purchases.Grant(c, s.ClientReferenceID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler after reading the payment"
		fail(c, http.StatusInternalServerError, "try again")
		return
	}
	c.Redirect(http.StatusSeeOther, "/purchases/"+s.ClientReferenceID+"/file")
}

// lemonThanks is the redirect_url of Lemon Squeezy checkouts. Lemon
// appends the order id.
func (a *API) lemonThanks(c *gin.Context) {
	ctx, cancel := context.WithTimeout(c, 20*time.Second)
	defer cancel()
	o, err := a.Lemon.AwaitPaid(ctx, c.Query("order_id"))
	if err != nil || o.Status != lemon.OrderPaid {
		a.render(c, "processing.html", gin.H{"message": "Your order is being confirmed. We'll email you the link."})
		return
	}
	purchaseID := o.Custom["purchase_id"]
	if _, err := a.Purchases.MarkPaid(c, purchaseID, "lemon:"+o.ID); err != nil { // audit: lookalike redirectfulfill: the order is read from Lemon Squeezy's API and its status compared with "paid" before the purchase is marked
		fail(c, http.StatusInternalServerError, "try again")
		return
	}
	c.Redirect(http.StatusSeeOther, "/purchases/"+purchaseID+"/file")
}

// paypalReturn is PayPal's return_url: ?token=<order id>&PayerID=...
func (a *API) paypalReturn(c *gin.Context) {
	orderID := c.Query("token")
	order, err := a.PayPal.GetOrder(c, orderID)
	if err != nil {
		a.render(c, "processing.html", gin.H{"message": "We're confirming your payment."})
		return
	}
	if order.Status != paypal.OrderStatusApproved && order.Status != paypal.OrderStatusCompleted {
		a.render(c, "failed.html", gin.H{"status": order.Status})
		return
	}
	p, err := a.Purchases.Get(c, c.Query("purchase"))
	if err != nil || p.ProviderRef != orderID {
		fail(c, http.StatusNotFound, "unknown purchase")
		return
	}
	if err := a.Purchases.Grant(c, p.ID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler after reading the payment"
		fail(c, http.StatusInternalServerError, "try again")
		return
	}
	if order.Status == paypal.OrderStatusApproved {
		if err := a.Captures.CapturePayPal(c, orderID, p.ID); err != nil {
			a.Log.Error("queue paypal capture", "order", orderID, "err", err)
		}
	}
	c.Redirect(http.StatusSeeOther, "/purchases/"+p.ID+"/file")
}
