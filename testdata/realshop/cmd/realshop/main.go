// Command realshop wires the shop (the database is opened by the
// deployment's driver; none is linked here).
package main

import (
	"github.com/gin-gonic/gin"
	"gorm.io/gorm"

	"example.com/realshop/internal/handler"
	"example.com/realshop/internal/service"
)

// Run serves the shop on db.
func Run(db *gorm.DB, cfg handler.Config, v handler.Verifier) error {
	r := gin.Default()
	h := handler.NewPayHandler(cfg, service.NewOrderService(db), service.NewProfileService(db), v)
	h.Register(r)
	h.RegisterV2(r)
	handler.NewTopUpHandler(cfg.TopUpSecret, service.NewWalletService(db)).Register(r)
	return r.Run(":8080")
}

func main() {}
