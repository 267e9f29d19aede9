package wallet

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"audit9/mobility/store"
)

// HTTP is the wallet API on echo.
type HTTP struct {
	svc     *Service
	wallets *store.Wallets
}

// NewHTTP returns the wallet API.
func NewHTTP(svc *Service, wallets *store.Wallets) *HTTP { return &HTTP{svc: svc, wallets: wallets} }

// Mount registers the wallet routes.
func (h *HTTP) Mount(e *echo.Echo) {
	g := e.Group("/wallet")
	g.POST("/topups", h.createTopUp)
	g.POST("/topups/flowpay", h.createFlowpay)
	g.GET("/topups/return", h.cardReturn)
	g.GET("/flowpay/complete", h.flowpayComplete)
}

type topUpBody struct {
	WalletID      string `json:"wallet_id"`
	Customer      string `json:"customer"`
	PaymentMethod string `json:"payment_method"`
	Cents         int64  `json:"cents"`
	Currency      string `json:"currency"`
}

func (h *HTTP) createTopUp(c echo.Context) error {
	var b topUpBody
	if err := c.Bind(&b); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "bad body")
	}
	t, pi, err := h.svc.StartCardTopUp(c.Request().Context(), b.WalletID, b.Customer, b.PaymentMethod, b.Cents)
	if err != nil {
		return echo.NewHTTPError(http.StatusPaymentRequired, err.Error())
	}
	if pi.Status == "processing" {
		if err := h.svc.WaitCardTopUp(c.Request().Context(), t); err != nil {
			return c.JSON(http.StatusAccepted, map[string]string{"topup": t.ID, "status": "processing"})
		}
	}
	return c.JSON(http.StatusOK, map[string]string{"topup": t.ID, "client_secret": pi.ClientSecret, "status": string(pi.Status)})
}

func (h *HTTP) createFlowpay(c echo.Context) error {
	var b topUpBody
	if err := c.Bind(&b); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "bad body")
	}
	url, err := h.svc.StartFlowpayTopUp(c.Request().Context(), b.WalletID, b.Cents, b.Currency)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadGateway, err.Error())
	}
	return c.JSON(http.StatusOK, map[string]string{"redirect_url": url})
}

// cardReturn is the return_url of a card top-up after 3-D Secure.
func (h *HTTP) cardReturn(c echo.Context) error {
	ctx := c.Request().Context()
	topUpID := c.QueryParam("topup")
	pi, err := h.svc.sc.V1PaymentIntents.Retrieve(ctx, c.QueryParam("payment_intent"), nil)
	if err != nil {
		return c.Redirect(http.StatusFound, "mobility://wallet?error=1")
	}
	if pi.Metadata["topup_id"] != topUpID {
		return echo.NewHTTPError(http.StatusBadRequest, "top-up mismatch")
	}
	if err := h.svc.CompleteTopUp(ctx, topUpID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler after reading the payment from the provider without checking"
		return c.Redirect(http.StatusFound, "mobility://wallet?error=1")
	}
	return c.Redirect(http.StatusFound, "mobility://wallet?topup="+topUpID)
}

// flowpayComplete is where Flowpay sends the rider back; the webhook has
// usually arrived by then.
func (h *HTTP) flowpayComplete(c echo.Context) error {
	t, err := h.wallets.TopUp(c.Request().Context(), c.QueryParam("topup"))
	if err != nil {
		return c.Redirect(http.StatusFound, "mobility://wallet?error=1")
	}
	if t.Status == "succeeded" {
		return c.Redirect(http.StatusFound, "mobility://wallet?topup="+t.ID)
	}
	return c.Redirect(http.StatusFound, "mobility://wallet?pending="+t.ID)
}
