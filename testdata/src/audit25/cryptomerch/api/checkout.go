package api

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/google/uuid"

	"audit25/cryptomerch/store"
)

type orderReq struct {
	DropID   string `json:"drop_id" binding:"required"`
	PriceID  string `json:"price_id"`
	BuyerID  string `json:"buyer_id"`
	Email    string `json:"email"`
	Quantity int    `json:"quantity"`
	Cents    int64  `json:"amount_cents"`
	Rail     string `json:"rail"`
}

func (s *Server) createOrder(c *gin.Context) {
	var req orderReq
	if err := c.ShouldBindJSON(&req); err != nil {
		fail(c, http.StatusBadRequest, err)
		return
	}
	o := &store.Order{
		ID: uuid.NewString(), DropID: req.DropID, BuyerID: req.BuyerID, Email: req.Email,
		Quantity: req.Quantity, AmountCents: req.Cents, Currency: "USD", Rail: req.Rail,
		Status: store.OrderPending, CreatedAt: time.Now(),
	}
	if err := s.d.Orders.Create(c, o); err != nil {
		fail(c, http.StatusInternalServerError, err)
		return
	}
	switch req.Rail {
	case "crypto":
		ch, err := s.d.Commerce.CreateCharge(c, o.ID, "Drop "+o.DropID, o.AmountCents, o.Currency,
			s.d.Cfg.PublicURL+"/crypto/return?order_id="+o.ID)
		if err != nil {
			fail(c, http.StatusBadGateway, err)
			return
		}
		_ = s.d.Orders.SetCharge(c, o.ID, ch.Code)
		c.JSON(http.StatusCreated, gin.H{"order_id": o.ID, "pay_url": ch.HostedURL})
	default:
		sess, err := s.d.Checkout.StartDrop(c, o, req.PriceID)
		if err != nil {
			fail(c, http.StatusBadGateway, err)
			return
		}
		_ = s.d.Orders.SetSession(c, o.ID, sess.ID)
		c.JSON(http.StatusCreated, gin.H{"order_id": o.ID, "pay_url": sess.URL})
	}
}

func (s *Server) startDeposit(c *gin.Context) {
	p, err := s.d.Preorders.Get(c, c.Param("id"))
	if err != nil {
		fail(c, http.StatusNotFound, err)
		return
	}
	sess, err := s.d.Checkout.StartDeposit(c, p)
	if err != nil {
		fail(c, http.StatusBadGateway, err)
		return
	}
	c.JSON(http.StatusCreated, gin.H{"pay_url": sess.URL})
}

func (s *Server) openTopup(c *gin.Context) {
	var req struct {
		BuyerID string `json:"buyer_id"`
		Sats    int64  `json:"sats"`
	}
	if err := c.ShouldBindJSON(&req); err != nil || req.Sats <= 0 {
		fail(c, http.StatusBadRequest, err)
		return
	}
	bolt11, err := s.d.Topups.Open(c, req.BuyerID, req.Sats)
	if err != nil {
		fail(c, http.StatusBadGateway, err)
		return
	}
	c.JSON(http.StatusCreated, gin.H{"invoice": bolt11})
}
