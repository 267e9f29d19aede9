// Package web holds the HTTP surfaces: the storefront (echo), the provider
// webhooks (hertz) and the Indonesian storefront and admin API (go-zero).
package web

import (
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strconv"

	"audit26/kbeauty/intl"
	"audit26/kbeauty/shop"
	"audit26/kbeauty/store"

	"github.com/hibiken/asynq"
	"github.com/labstack/echo/v4"
)

// Storefront serves the buyer-facing pages of the Korean and Japanese shops.
type Storefront struct {
	orders   *store.Orders
	checkout *shop.Checkout
	japan    *intl.Japan
	queue    *asynq.Client
	log      *slog.Logger
}

// NewStorefront wires the storefront.
func NewStorefront(orders *store.Orders, co *shop.Checkout, jp *intl.Japan, q *asynq.Client, log *slog.Logger) *Storefront {
	return &Storefront{orders: orders, checkout: co, japan: jp, queue: q, log: log}
}

// Mount registers the routes.
func (s *Storefront) Mount(e *echo.Echo) {
	kr := e.Group("/checkout")
	kr.GET("/toss/success", s.tossReturn)
	kr.GET("/toss/fail", s.tossFail)
	kr.GET("/kakao/approve", s.kakaoApprove)
	e.GET("/giftcards/toss/success", s.giftCardReturn)

	jp := e.Group("/jp")
	jp.GET("/checkout/return", s.cardReturn)
	jp.GET("/konbini/return", s.konbiniReturn)
}

// tossReturn is where the payment widget sends the buyer after
// authentication. The confirm call is slow at peak, so it is queued.
func (s *Storefront) tossReturn(c echo.Context) error {
	ctx := c.Request().Context()
	paymentKey := c.QueryParam("paymentKey")
	orderID := c.QueryParam("orderId")
	amount, _ := strconv.ParseInt(c.QueryParam("amount"), 10, 64)
	o, err := s.orders.ByNumber(ctx, orderID)
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound, "order not found")
	}
	if o.Amount != amount {
		return echo.NewHTTPError(http.StatusBadRequest, "amount mismatch")
	}
	if err := s.orders.MarkPaid(ctx, orderID, paymentKey); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler without reading the payment's"
		return err
	}
	b, _ := json.Marshal(shop.ConfirmTask{PaymentKey: paymentKey, OrderID: orderID, Amount: amount})
	if _, err := s.queue.EnqueueContext(ctx, asynq.NewTask(shop.TaskConfirm, b)); err != nil {
		s.log.Error("enqueue confirm", "order", orderID, "err", err)
	}
	return c.Redirect(http.StatusSeeOther, "/orders/"+orderID+"/thanks")
}

func (s *Storefront) tossFail(c echo.Context) error {
	s.log.Info("toss fail", "order", c.QueryParam("orderId"), "code", c.QueryParam("code"))
	return c.Redirect(http.StatusSeeOther, "/cart?error="+c.QueryParam("code"))
}

// giftCardReturn confirms a gift-card purchase before activating the card.
func (s *Storefront) giftCardReturn(c echo.Context) error {
	ctx := c.Request().Context()
	amount, _ := strconv.ParseInt(c.QueryParam("amount"), 10, 64)
	o, err := s.checkout.ConfirmToss(ctx, c.QueryParam("paymentKey"), c.QueryParam("orderId"), amount)
	if errors.Is(err, shop.ErrAwaitingDeposit) {
		return c.Redirect(http.StatusSeeOther, "/giftcards/"+o.Number+"/deposit")
	}
	if err != nil {
		return echo.NewHTTPError(http.StatusPaymentRequired, err.Error())
	}
	if err := s.orders.ActivateGiftCard(ctx, o.ID); err != nil { // audit: lookalike redirectfulfill: activated only after ConfirmToss got DONE from POST /v1/payments/confirm
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/giftcards/"+o.Number)
}

func (s *Storefront) kakaoApprove(c echo.Context) error {
	ctx := c.Request().Context()
	o, err := s.checkout.ApproveKakao(ctx, c.QueryParam("order"), c.QueryParam("pg_token")) // audit: lookalike redirectfulfill: the approval_url calls /online/v1/payment/approve server side; the order is paid only on KakaoPay's answer
	if err != nil {
		return c.Redirect(http.StatusSeeOther, "/cart?error=kakao")
	}
	return c.Redirect(http.StatusSeeOther, "/orders/"+o.Number+"/thanks")
}

// cardReturn is the return_url after 3-D Secure.
func (s *Storefront) cardReturn(c echo.Context) error {
	ctx := c.Request().Context()
	orderNo := c.QueryParam("order")
	if c.QueryParam("redirect_status") != "succeeded" {
		return c.Redirect(http.StatusSeeOther, "/jp/cart?error=card")
	}
	if err := s.orders.MarkPaid(ctx, orderNo, c.QueryParam("payment_intent")); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(redirect_status\\)"
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/jp/orders/"+orderNo+"/thanks")
}

// konbiniReturn shows the voucher page; the order is paid by the webhook
// once the customer pays at the store.
func (s *Storefront) konbiniReturn(c echo.Context) error {
	o, err := s.orders.ByNumber(c.Request().Context(), c.QueryParam("order"))
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound, "order not found")
	}
	return c.JSON(http.StatusOK, map[string]any{ // audit: lookalike redirectfulfill: the return page only shows the order as awaiting payment; the webhook settles it
		"order":  o.Number,
		"status": o.Status,
		"note":   "コンビニでのお支払いをお待ちしています",
	})
}
