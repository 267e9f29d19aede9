package adyenecho

import (
	"github.com/jmoiron/sqlx"
	"github.com/labstack/echo/v4"
)

type Config struct {
	DSN     string
	HMACKey string
}

func NewServer(cfg Config) (*echo.Echo, error) {
	db, err := sqlx.Connect("postgres", cfg.DSN)
	if err != nil {
		return nil, err
	}
	n := NewNotifications(db, cfg.HMACKey)
	e := echo.New()
	e.POST("/adyen/notifications", n.Standard)
	e.POST("/adyen/notifications/marketplace", n.Marketplace)
	return e, nil
}
