// Package pollcreate defines the pollcreate analyzer.
package pollcreate

const doc = `pollcreate: placeholder`
