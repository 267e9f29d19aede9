package parking

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"audit9/mobility/domain"
)

// Handler exposes parking over gin.
type Handler struct {
	svc   *Service
	store domain.ParkingStore
}

// NewHandler returns the parking HTTP handler.
func NewHandler(svc *Service, store domain.ParkingStore) *Handler {
	return &Handler{svc: svc, store: store}
}

// Register mounts the parking routes on g.
func (h *Handler) Register(g *gin.RouterGroup) {
	g.POST("/sessions/:id/pay", h.pay)
	g.GET("/sessions/:id", h.show)
	g.GET("/mp/return", h.mpReturn)
}

type payBody struct {
	Token string `json:"token"`
}

func (h *Handler) pay(c *gin.Context) {
	var b payBody
	if err := c.ShouldBindJSON(&b); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "bad body"})
		return
	}
	if err := h.svc.Pay(c, c.Param("id"), b.Token); err != nil {
		c.JSON(http.StatusPaymentRequired, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusOK, gin.H{"status": "paid"})
}

func (h *Handler) show(c *gin.Context) {
	s, err := h.store.Get(c, c.Param("id"))
	if err != nil {
		c.JSON(http.StatusNotFound, gin.H{"error": "not found"})
		return
	}
	c.JSON(http.StatusOK, s)
}

// mpReturn is the back_url Mercado Pago Checkout Pro sends the rider to.
func (h *Handler) mpReturn(c *gin.Context) {
	sessionID := c.Query("external_reference")
	switch c.Query("status") {
	case "approved":
		if err := h.store.MarkPaid(c, sessionID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string"
			c.String(http.StatusInternalServerError, "try again")
			return
		}
		c.Redirect(http.StatusFound, "mobility://parking/"+sessionID+"?paid=1")
	case "pending", "in_process":
		c.Redirect(http.StatusFound, "mobility://parking/"+sessionID+"?pending=1")
	default:
		c.Redirect(http.StatusFound, "mobility://parking/"+sessionID+"?failed=1")
	}
}
