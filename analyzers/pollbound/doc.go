// Package pollbound defines the pollbound analyzer.
package pollbound

const doc = `pollbound: placeholder`
