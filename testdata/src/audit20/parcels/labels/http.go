package labels

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"

	"audit20/parcels/store"
)

// Handler is the seller-facing label API, served by echo.
type Handler struct {
	svc    *Service
	orders *store.Labels
}

func NewHandler(svc *Service, orders *store.Labels) *Handler {
	return &Handler{svc: svc, orders: orders}
}

// Mount registers the routes on the seller API group (auth is on the group).
func (h *Handler) Mount(g *echo.Group) {
	g.POST("/labels", h.create)
	g.POST("/labels/:id/razorpay/complete", h.razorpayComplete)
	g.POST("/labels/:id/cancel", h.cancel)
}

// MountPublic registers the routes the payment pages send the browser back to.
func (h *Handler) MountPublic(e *echo.Echo) {
	e.GET("/labels/checkout/complete", h.complete)
}

type createReq struct {
	Quantity int    `json:"quantity"`
	Service  string `json:"service"`
	Email    string `json:"email"`
}

var prices = map[string]map[string]int64{
	"IN": {"STD": 4900, "EXP": 8900, "LOCKER": 3900},
	"ID": {"STD": 1200000, "EXP": 2200000, "LOCKER": 900000},
	"PH": {"STD": 9500, "EXP": 16500, "LOCKER": 7500},
	"TH": {"STD": 3500, "EXP": 6000, "LOCKER": 2900},
}

var currencies = map[string]string{"IN": "INR", "ID": "IDR", "PH": "PHP", "TH": "THB"}

func (h *Handler) create(c echo.Context) error {
	var req createReq
	if err := c.Bind(&req); err != nil || req.Quantity <= 0 || req.Quantity > 500 {
		return echo.NewHTTPError(http.StatusBadRequest, "quantity must be 1..500")
	}
	sellerID, _ := c.Get("seller_id").(string)
	country, _ := c.Get("seller_country").(string)
	unit, ok := prices[country][req.Service]
	if !ok {
		return echo.NewHTTPError(http.StatusBadRequest, "unknown service "+req.Service)
	}
	o := &store.LabelOrder{
		ID:          "lo_" + strconv.FormatInt(nowNano(), 36),
		SellerID:    sellerID,
		Country:     country,
		Quantity:    req.Quantity,
		ServiceCode: req.Service,
		AmountMinor: unit * int64(req.Quantity),
		Currency:    currencies[country],
		Status:      store.LabelPending,
	}
	ctx := c.Request().Context()
	if err := h.orders.Create(ctx, o); err != nil {
		return err
	}
	co, err := h.svc.Start(ctx, o, req.Email)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadGateway, err.Error())
	}
	return c.JSON(http.StatusCreated, co)
}

// razorpayComplete receives what Razorpay Checkout's handler hands the page.
func (h *Handler) razorpayComplete(c echo.Context) error {
	ok, err := h.svc.ConfirmRazorpay(c.Request().Context(), c.Param("id"), c.FormValue("razorpay_payment_id"))
	if err != nil {
		return echo.NewHTTPError(http.StatusBadGateway, err.Error())
	}
	if !ok {
		return c.JSON(http.StatusAccepted, map[string]string{"state": "processing"})
	}
	return c.JSON(http.StatusOK, map[string]string{"state": "issued"})
}

// complete is where Xendit's hosted invoice page sends the seller back.
func (h *Handler) complete(c echo.Context) error {
	id := c.QueryParam("order_id")
	if c.QueryParam("status") == "PAID" {
		if err := h.svc.Issue(c.Request().Context(), id); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(status\\)"
			return echo.NewHTTPError(http.StatusInternalServerError, "could not issue labels")
		}
	}
	return c.Redirect(http.StatusFound, "/seller/labels/"+id)
}

func (h *Handler) cancel(c echo.Context) error {
	if err := h.svc.Cancel(c.Request().Context(), c.Param("id")); err != nil {
		return echo.NewHTTPError(http.StatusConflict, err.Error())
	}
	return c.NoContent(http.StatusNoContent)
}

// Screens shows content on a partner shop's counter display.
type Screens interface {
	Show(counterID, qr string)
	Done(counterID string, ok bool)
}

// CounterHandler serves the partner shops' counter app.
type CounterHandler struct {
	svc     *Service
	tracker *Tracker
	screens Screens
}

func NewCounterHandler(svc *Service, t *Tracker, sc Screens) *CounterHandler {
	return &CounterHandler{svc: svc, tracker: t, screens: sc}
}

func (h *CounterHandler) Mount(g *echo.Group) {
	g.POST("/counter/:counter/labels/:id/pay", h.pay)
	g.GET("/counter/pickups/:tracking", h.pickup)
}

func (h *CounterHandler) pay(c echo.Context) error {
	counter, id := c.Param("counter"), c.Param("id")
	go func() {
		err := h.svc.PayAtCounter(context.Background(), id, func(qr string) { h.screens.Show(counter, qr) })
		h.screens.Done(counter, err == nil)
	}()
	return c.NoContent(http.StatusAccepted)
}

func (h *CounterHandler) pickup(c echo.Context) error {
	ctx, cancel := context.WithTimeout(c.Request().Context(), 2*time.Minute)
	defer cancel()
	tr, err := h.tracker.WaitPickedUp(ctx, c.Param("tracking"))
	if err != nil {
		return c.JSON(http.StatusOK, map[string]string{"state": "waiting"})
	}
	return c.JSON(http.StatusOK, tr)
}

// QRPayments marks label orders paid from the QR wallet's callbacks.
type QRPayments struct {
	orders *store.Labels
}

func NewQRPayments(orders *store.Labels) *QRPayments { return &QRPayments{orders: orders} }

// MarkPaidByRef is handed our order id (the charge's reference).
func (q *QRPayments) MarkPaidByRef(ctx context.Context, ref string) error {
	o, err := q.orders.Get(ctx, ref)
	if err != nil {
		return err
	}
	return q.orders.MarkPaid(ctx, o.ID, o.ProviderRef)
}
