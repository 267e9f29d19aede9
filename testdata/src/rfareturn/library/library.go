// Package library lends books; "return" here is a book coming back.
package library

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type Loan struct {
	ID     string
	Status string
}

type Desk struct{ db *gorm.DB }

func (d *Desk) Routes(r *gin.Engine) {
	r.GET("/library/loans/:id/return", d.loanReturn)
}

// loanReturn marks the loan returned: no paid state.
func (d *Desk) loanReturn(c *gin.Context) {
	d.db.Model(&Loan{ID: c.Param("id")}).Update("status", "returned")
	c.String(http.StatusOK, "thanks for bringing it back")
}
