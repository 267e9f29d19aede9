// Package coinshop is a gin merch shop taking stablecoin through a hosted
// checkout of its own client (hosted.Client): the URL the buyer comes
// back to is handed to the client, which puts it in the charge's
// redirect_url.
package coinshop

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"

	"wrappedreturnurls/hosted"
)

// Order is a shop order.
type Order struct {
	ID         string
	Amount     int64
	ChargeCode string
	Status     string
}

// Shop holds the pages.
type Shop struct {
	db   *gorm.DB
	cc   *hosted.Client
	site string
}

// New routes the shop.
func New(db *gorm.DB, cc *hosted.Client, site string) *gin.Engine {
	s := &Shop{db: db, cc: cc, site: site}
	r := gin.New()
	r.POST("/coins/orders", s.createCoins)
	r.POST("/merch/orders", s.createMerch)
	r.GET("/coins/back", s.coinsBack)
	r.GET("/coins/cancelled", s.coinsCancelled)
	r.GET("/merch/landing", s.merchLanding)
	r.GET("/coins/status", s.coinsStatus)
	return r
}

func (s *Shop) load(c *gin.Context) (*Order, bool) {
	var o Order
	if err := s.db.WithContext(c).First(&o, "id = ?", c.Query("order")).Error; err != nil {
		c.Status(http.StatusNotFound)
		return nil, false
	}
	return &o, true
}

func (s *Shop) createCoins(c *gin.Context) {
	o, ok := s.load(c)
	if !ok {
		return
	}
	ch, err := s.cc.CreateCharge(c, o.ID, o.Amount, s.site+"/coins/back?order="+o.ID, s.site+"/coins/cancelled?order="+o.ID)
	if err != nil {
		c.Status(http.StatusBadGateway)
		return
	}
	s.db.WithContext(c).Model(&Order{}).Where("id = ?", o.ID).Update("charge_code", ch.Code)
	c.JSON(http.StatusCreated, gin.H{"pay_url": ch.HostedURL})
}

func (s *Shop) createMerch(c *gin.Context) {
	o, ok := s.load(c)
	if !ok {
		return
	}
	ch, err := s.cc.CreateCharge(c, o.ID, o.Amount, s.site+"/merch/landing?order="+o.ID, "")
	if err != nil {
		c.Status(http.StatusBadGateway)
		return
	}
	s.db.WithContext(c).Model(&Order{}).Where("id = ?", o.ID).Update("charge_code", ch.Code)
	c.JSON(http.StatusCreated, gin.H{"pay_url": ch.HostedURL})
}

// coinsBack is the charge's redirect_url: the buyer being back proves
// nothing, yet the pending order is marked paid.
func (s *Shop) coinsBack(c *gin.Context) {
	o, ok := s.load(c)
	if !ok {
		return
	}
	if o.Status == "pending" {
		s.db.WithContext(c).Model(&Order{}).Where("id = ?", o.ID).Update("status", "paid") // want `order fulfilled in the success-redirect handler without reading the payment's status from the provider`
	}
	c.Redirect(http.StatusFound, "/coins/status?order="+o.ID)
}

// coinsCancelled is the cancel_url: the order is only given up.
func (s *Shop) coinsCancelled(c *gin.Context) {
	o, ok := s.load(c)
	if !ok {
		return
	}
	s.db.WithContext(c).Model(&Order{}).Where("id = ? AND status = ?", o.ID, "pending").Update("status", "cancelled")
	c.String(http.StatusOK, "cancelled")
}

// merchLanding is a redirect_url too, but reads the charge back and
// tests it before marking the order paid.
func (s *Shop) merchLanding(c *gin.Context) {
	o, ok := s.load(c)
	if !ok {
		return
	}
	ch, err := s.cc.GetCharge(c, o.ChargeCode)
	if err != nil {
		c.Status(http.StatusBadGateway)
		return
	}
	if ch.Status != "COMPLETED" {
		c.String(http.StatusOK, "processing")
		return
	}
	s.db.WithContext(c).Model(&Order{}).Where("id = ?", o.ID).Update("status", "paid")
	c.String(http.StatusOK, "thanks")
}

// coinsStatus only shows the state the verified webhook stored.
func (s *Shop) coinsStatus(c *gin.Context) {
	o, ok := s.load(c)
	if !ok {
		return
	}
	if o.Status == "paid" {
		c.String(http.StatusOK, "thanks")
		return
	}
	c.String(http.StatusOK, "processing")
}
