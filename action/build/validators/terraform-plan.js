"use strict";

// terraform-plan.validator.js
exports.validate = validate10;
var pattern0 = new RegExp("^[0-9]+\\.[0-9]+(\\.[0-9]+)?$", "u");
var schema14 = { "type": "object", "required": ["address", "type", "name"], "properties": { "address": { "type": "string" }, "mode": { "enum": ["managed", "data"] }, "type": { "type": "string" }, "name": { "type": "string" }, "index": { "$ref": "#/definitions/index" }, "provider_name": { "type": "string" }, "values": { "type": ["object", "null"] }, "deposed_key": { "type": "string" } } };
var schema15 = { "type": ["string", "number"] };
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.address === void 0 && (missing0 = "address") || data.type === void 0 && (missing0 = "type") || data.name === void 0 && (missing0 = "name")) {
        validate13.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.address !== void 0) {
          const _errs1 = errors;
          if (typeof data.address !== "string") {
            validate13.errors = [{ instancePath: instancePath + "/address", schemaPath: "#/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.mode !== void 0) {
            let data1 = data.mode;
            const _errs3 = errors;
            if (!(data1 === "managed" || data1 === "data")) {
              validate13.errors = [{ instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/enum", keyword: "enum", params: { allowedValues: schema14.properties.mode.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.type !== void 0) {
              const _errs4 = errors;
              if (typeof data.type !== "string") {
                validate13.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.name !== void 0) {
                const _errs6 = errors;
                if (typeof data.name !== "string") {
                  validate13.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.index !== void 0) {
                  let data4 = data.index;
                  const _errs8 = errors;
                  if (typeof data4 !== "string" && !(typeof data4 == "number")) {
                    validate13.errors = [{ instancePath: instancePath + "/index", schemaPath: "#/definitions/index/type", keyword: "type", params: { type: schema15.type }, message: "must be string,number" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.provider_name !== void 0) {
                    const _errs11 = errors;
                    if (typeof data.provider_name !== "string") {
                      validate13.errors = [{ instancePath: instancePath + "/provider_name", schemaPath: "#/properties/provider_name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.values !== void 0) {
                      let data6 = data.values;
                      const _errs13 = errors;
                      if (!(data6 && typeof data6 == "object" && !Array.isArray(data6)) && data6 !== null) {
                        validate13.errors = [{ instancePath: instancePath + "/values", schemaPath: "#/properties/values/type", keyword: "type", params: { type: schema14.properties.values.type }, message: "must be object,null" }];
                        return false;
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.deposed_key !== void 0) {
                        const _errs15 = errors;
                        if (typeof data.deposed_key !== "string") {
                          validate13.errors = [{ instancePath: instancePath + "/deposed_key", schemaPath: "#/properties/deposed_key/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs15 === errors;
                      } else {
                        var valid0 = true;
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate13.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var wrapper0 = { validate: validate12 };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.address !== void 0) {
        const _errs1 = errors;
        if (typeof data.address !== "string") {
          validate12.errors = [{ instancePath: instancePath + "/address", schemaPath: "#/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.resources !== void 0) {
          let data1 = data.resources;
          const _errs3 = errors;
          if (errors === _errs3) {
            if (Array.isArray(data1)) {
              var valid1 = true;
              const len0 = data1.length;
              for (let i0 = 0; i0 < len0; i0++) {
                const _errs5 = errors;
                if (!validate13(data1[i0], { instancePath: instancePath + "/resources/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
                  vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                  errors = vErrors.length;
                }
                var valid1 = _errs5 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate12.errors = [{ instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
              return false;
            }
          }
          var valid0 = _errs3 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.child_modules !== void 0) {
            let data3 = data.child_modules;
            const _errs6 = errors;
            if (errors === _errs6) {
              if (Array.isArray(data3)) {
                var valid2 = true;
                const len1 = data3.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  const _errs8 = errors;
                  if (!wrapper0.validate(data3[i1], { instancePath: instancePath + "/child_modules/" + i1, parentData: data3, parentDataProperty: i1, rootData })) {
                    vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                    errors = vErrors.length;
                  }
                  var valid2 = _errs8 === errors;
                  if (!valid2) {
                    break;
                  }
                }
              } else {
                validate12.errors = [{ instancePath: instancePath + "/child_modules", schemaPath: "#/properties/child_modules/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs6 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate12.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate12.errors = vErrors;
  return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.root_module !== void 0) {
        if (!validate12(data.root_module, { instancePath: instancePath + "/root_module", parentData: data, parentDataProperty: "root_module", rootData })) {
          vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
          errors = vErrors.length;
        }
      }
    } else {
      validate11.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema16 = { "type": "object", "required": ["address", "type", "name", "change"], "properties": { "address": { "type": "string" }, "module_address": { "type": "string" }, "mode": { "enum": ["managed", "data"] }, "type": { "type": "string" }, "name": { "type": "string" }, "index": { "$ref": "#/definitions/index" }, "provider_name": { "type": "string" }, "deposed": { "type": "string" }, "action_reason": { "type": "string" }, "change": { "type": "object", "required": ["actions"], "properties": { "actions": { "type": "array", "minItems": 1, "items": { "enum": ["no-op", "create", "read", "update", "delete", "forget"] } }, "before": { "type": ["object", "null"] }, "after": { "type": ["object", "null"] }, "after_unknown": { "type": ["object", "boolean"] }, "before_sensitive": { "type": ["object", "boolean"] }, "after_sensitive": { "type": ["object", "boolean"] } } } } };
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.address === void 0 && (missing0 = "address") || data.type === void 0 && (missing0 = "type") || data.name === void 0 && (missing0 = "name") || data.change === void 0 && (missing0 = "change")) {
        validate18.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.address !== void 0) {
          const _errs1 = errors;
          if (typeof data.address !== "string") {
            validate18.errors = [{ instancePath: instancePath + "/address", schemaPath: "#/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.module_address !== void 0) {
            const _errs3 = errors;
            if (typeof data.module_address !== "string") {
              validate18.errors = [{ instancePath: instancePath + "/module_address", schemaPath: "#/properties/module_address/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.mode !== void 0) {
              let data2 = data.mode;
              const _errs5 = errors;
              if (!(data2 === "managed" || data2 === "data")) {
                validate18.errors = [{ instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/enum", keyword: "enum", params: { allowedValues: schema16.properties.mode.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.type !== void 0) {
                const _errs6 = errors;
                if (typeof data.type !== "string") {
                  validate18.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.name !== void 0) {
                  const _errs8 = errors;
                  if (typeof data.name !== "string") {
                    validate18.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.index !== void 0) {
                    let data5 = data.index;
                    const _errs10 = errors;
                    if (typeof data5 !== "string" && !(typeof data5 == "number")) {
                      validate18.errors = [{ instancePath: instancePath + "/index", schemaPath: "#/definitions/index/type", keyword: "type", params: { type: schema15.type }, message: "must be string,number" }];
                      return false;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.provider_name !== void 0) {
                      const _errs13 = errors;
                      if (typeof data.provider_name !== "string") {
                        validate18.errors = [{ instancePath: instancePath + "/provider_name", schemaPath: "#/properties/provider_name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.deposed !== void 0) {
                        const _errs15 = errors;
                        if (typeof data.deposed !== "string") {
                          validate18.errors = [{ instancePath: instancePath + "/deposed", schemaPath: "#/properties/deposed/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs15 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.action_reason !== void 0) {
                          const _errs17 = errors;
                          if (typeof data.action_reason !== "string") {
                            validate18.errors = [{ instancePath: instancePath + "/action_reason", schemaPath: "#/properties/action_reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs17 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.change !== void 0) {
                            let data9 = data.change;
                            const _errs19 = errors;
                            if (errors === _errs19) {
                              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                                let missing1;
                                if (data9.actions === void 0 && (missing1 = "actions")) {
                                  validate18.errors = [{ instancePath: instancePath + "/change", schemaPath: "#/properties/change/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                  return false;
                                } else {
                                  if (data9.actions !== void 0) {
                                    let data10 = data9.actions;
                                    const _errs21 = errors;
                                    if (errors === _errs21) {
                                      if (Array.isArray(data10)) {
                                        if (data10.length < 1) {
                                          validate18.errors = [{ instancePath: instancePath + "/change/actions", schemaPath: "#/properties/change/properties/actions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                          return false;
                                        } else {
                                          var valid3 = true;
                                          const len0 = data10.length;
                                          for (let i0 = 0; i0 < len0; i0++) {
                                            let data11 = data10[i0];
                                            const _errs23 = errors;
                                            if (!(data11 === "no-op" || data11 === "create" || data11 === "read" || data11 === "update" || data11 === "delete" || data11 === "forget")) {
                                              validate18.errors = [{ instancePath: instancePath + "/change/actions/" + i0, schemaPath: "#/properties/change/properties/actions/items/enum", keyword: "enum", params: { allowedValues: schema16.properties.change.properties.actions.items.enum }, message: "must be equal to one of the allowed values" }];
                                              return false;
                                            }
                                            var valid3 = _errs23 === errors;
                                            if (!valid3) {
                                              break;
                                            }
                                          }
                                        }
                                      } else {
                                        validate18.errors = [{ instancePath: instancePath + "/change/actions", schemaPath: "#/properties/change/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                      }
                                    }
                                    var valid2 = _errs21 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data9.before !== void 0) {
                                      let data12 = data9.before;
                                      const _errs24 = errors;
                                      if (!(data12 && typeof data12 == "object" && !Array.isArray(data12)) && data12 !== null) {
                                        validate18.errors = [{ instancePath: instancePath + "/change/before", schemaPath: "#/properties/change/properties/before/type", keyword: "type", params: { type: schema16.properties.change.properties.before.type }, message: "must be object,null" }];
                                        return false;
                                      }
                                      var valid2 = _errs24 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                    if (valid2) {
                                      if (data9.after !== void 0) {
                                        let data13 = data9.after;
                                        const _errs26 = errors;
                                        if (!(data13 && typeof data13 == "object" && !Array.isArray(data13)) && data13 !== null) {
                                          validate18.errors = [{ instancePath: instancePath + "/change/after", schemaPath: "#/properties/change/properties/after/type", keyword: "type", params: { type: schema16.properties.change.properties.after.type }, message: "must be object,null" }];
                                          return false;
                                        }
                                        var valid2 = _errs26 === errors;
                                      } else {
                                        var valid2 = true;
                                      }
                                      if (valid2) {
                                        if (data9.after_unknown !== void 0) {
                                          let data14 = data9.after_unknown;
                                          const _errs28 = errors;
                                          if (!(data14 && typeof data14 == "object" && !Array.isArray(data14)) && typeof data14 !== "boolean") {
                                            validate18.errors = [{ instancePath: instancePath + "/change/after_unknown", schemaPath: "#/properties/change/properties/after_unknown/type", keyword: "type", params: { type: schema16.properties.change.properties.after_unknown.type }, message: "must be object,boolean" }];
                                            return false;
                                          }
                                          var valid2 = _errs28 === errors;
                                        } else {
                                          var valid2 = true;
                                        }
                                        if (valid2) {
                                          if (data9.before_sensitive !== void 0) {
                                            let data15 = data9.before_sensitive;
                                            const _errs30 = errors;
                                            if (!(data15 && typeof data15 == "object" && !Array.isArray(data15)) && typeof data15 !== "boolean") {
                                              validate18.errors = [{ instancePath: instancePath + "/change/before_sensitive", schemaPath: "#/properties/change/properties/before_sensitive/type", keyword: "type", params: { type: schema16.properties.change.properties.before_sensitive.type }, message: "must be object,boolean" }];
                                              return false;
                                            }
                                            var valid2 = _errs30 === errors;
                                          } else {
                                            var valid2 = true;
                                          }
                                          if (valid2) {
                                            if (data9.after_sensitive !== void 0) {
                                              let data16 = data9.after_sensitive;
                                              const _errs32 = errors;
                                              if (!(data16 && typeof data16 == "object" && !Array.isArray(data16)) && typeof data16 !== "boolean") {
                                                validate18.errors = [{ instancePath: instancePath + "/change/after_sensitive", schemaPath: "#/properties/change/properties/after_sensitive/type", keyword: "type", params: { type: schema16.properties.change.properties.after_sensitive.type }, message: "must be object,boolean" }];
                                                return false;
                                              }
                                              var valid2 = _errs32 === errors;
                                            } else {
                                              var valid2 = true;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate18.errors = [{ instancePath: instancePath + "/change", schemaPath: "#/properties/change/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid0 = _errs19 === errors;
                          } else {
                            var valid0 = true;
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate18.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate18.errors = vErrors;
  return errors === 0;
}
var wrapper1 = { validate: validate21 };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.resources !== void 0) {
        let data0 = data.resources;
        const _errs1 = errors;
        if (errors === _errs1) {
          if (Array.isArray(data0)) {
            var valid1 = true;
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data1 = data0[i0];
              const _errs3 = errors;
              if (errors === _errs3) {
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                  let missing0;
                  if (data1.address === void 0 && (missing0 = "address")) {
                    validate21.errors = [{ instancePath: instancePath + "/resources/" + i0, schemaPath: "#/properties/resources/items/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                    return false;
                  } else {
                    if (data1.address !== void 0) {
                      const _errs5 = errors;
                      if (typeof data1.address !== "string") {
                        validate21.errors = [{ instancePath: instancePath + "/resources/" + i0 + "/address", schemaPath: "#/properties/resources/items/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid2 = _errs5 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data1.provider_config_key !== void 0) {
                        const _errs7 = errors;
                        if (typeof data1.provider_config_key !== "string") {
                          validate21.errors = [{ instancePath: instancePath + "/resources/" + i0 + "/provider_config_key", schemaPath: "#/properties/resources/items/properties/provider_config_key/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid2 = _errs7 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data1.expressions !== void 0) {
                          let data4 = data1.expressions;
                          const _errs9 = errors;
                          if (!(data4 && typeof data4 == "object" && !Array.isArray(data4))) {
                            validate21.errors = [{ instancePath: instancePath + "/resources/" + i0 + "/expressions", schemaPath: "#/properties/resources/items/properties/expressions/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                          var valid2 = _errs9 === errors;
                        } else {
                          var valid2 = true;
                        }
                      }
                    }
                  }
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/resources/" + i0, schemaPath: "#/properties/resources/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid1 = _errs3 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            validate21.errors = [{ instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
            return false;
          }
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.module_calls !== void 0) {
          let data5 = data.module_calls;
          const _errs11 = errors;
          if (errors === _errs11) {
            if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
              for (const key0 in data5) {
                let data6 = data5[key0];
                const _errs14 = errors;
                if (errors === _errs14) {
                  if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                    if (data6.source !== void 0) {
                      const _errs16 = errors;
                      if (typeof data6.source !== "string") {
                        validate21.errors = [{ instancePath: instancePath + "/module_calls/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/source", schemaPath: "#/properties/module_calls/additionalProperties/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid4 = _errs16 === errors;
                    } else {
                      var valid4 = true;
                    }
                    if (valid4) {
                      if (data6.expressions !== void 0) {
                        let data8 = data6.expressions;
                        const _errs18 = errors;
                        if (!(data8 && typeof data8 == "object" && !Array.isArray(data8))) {
                          validate21.errors = [{ instancePath: instancePath + "/module_calls/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/expressions", schemaPath: "#/properties/module_calls/additionalProperties/properties/expressions/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                        var valid4 = _errs18 === errors;
                      } else {
                        var valid4 = true;
                      }
                      if (valid4) {
                        if (data6.module !== void 0) {
                          const _errs20 = errors;
                          if (!wrapper1.validate(data6.module, { instancePath: instancePath + "/module_calls/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/module", parentData: data6, parentDataProperty: "module", rootData })) {
                            vErrors = vErrors === null ? wrapper1.validate.errors : vErrors.concat(wrapper1.validate.errors);
                            errors = vErrors.length;
                          }
                          var valid4 = _errs20 === errors;
                        } else {
                          var valid4 = true;
                        }
                      }
                    }
                  } else {
                    validate21.errors = [{ instancePath: instancePath + "/module_calls/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/module_calls/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid3 = _errs14 === errors;
                if (!valid3) {
                  break;
                }
              }
            } else {
              validate21.errors = [{ instancePath: instancePath + "/module_calls", schemaPath: "#/properties/module_calls/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs11 === errors;
        } else {
          var valid0 = true;
        }
      }
    } else {
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.provider_config !== void 0) {
        let data0 = data.provider_config;
        const _errs1 = errors;
        if (errors === _errs1) {
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            for (const key0 in data0) {
              let data1 = data0[key0];
              const _errs4 = errors;
              if (errors === _errs4) {
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                  if (data1.name !== void 0) {
                    const _errs6 = errors;
                    if (typeof data1.name !== "string") {
                      validate20.errors = [{ instancePath: instancePath + "/provider_config/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "#/properties/provider_config/additionalProperties/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid2 = _errs6 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data1.full_name !== void 0) {
                      const _errs8 = errors;
                      if (typeof data1.full_name !== "string") {
                        validate20.errors = [{ instancePath: instancePath + "/provider_config/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/full_name", schemaPath: "#/properties/provider_config/additionalProperties/properties/full_name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid2 = _errs8 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data1.alias !== void 0) {
                        const _errs10 = errors;
                        if (typeof data1.alias !== "string") {
                          validate20.errors = [{ instancePath: instancePath + "/provider_config/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/alias", schemaPath: "#/properties/provider_config/additionalProperties/properties/alias/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid2 = _errs10 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data1.module_address !== void 0) {
                          const _errs12 = errors;
                          if (typeof data1.module_address !== "string") {
                            validate20.errors = [{ instancePath: instancePath + "/provider_config/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/module_address", schemaPath: "#/properties/provider_config/additionalProperties/properties/module_address/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid2 = _errs12 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data1.expressions !== void 0) {
                            let data6 = data1.expressions;
                            const _errs14 = errors;
                            if (!(data6 && typeof data6 == "object" && !Array.isArray(data6))) {
                              validate20.errors = [{ instancePath: instancePath + "/provider_config/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/expressions", schemaPath: "#/properties/provider_config/additionalProperties/properties/expressions/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                            var valid2 = _errs14 === errors;
                          } else {
                            var valid2 = true;
                          }
                        }
                      }
                    }
                  }
                } else {
                  validate20.errors = [{ instancePath: instancePath + "/provider_config/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/provider_config/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid1 = _errs4 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            validate20.errors = [{ instancePath: instancePath + "/provider_config", schemaPath: "#/properties/provider_config/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
          }
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.root_module !== void 0) {
          const _errs16 = errors;
          if (!validate21(data.root_module, { instancePath: instancePath + "/root_module", parentData: data, parentDataProperty: "root_module", rootData })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs16 === errors;
        } else {
          var valid0 = true;
        }
      }
    } else {
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.format_version === void 0 && (missing0 = "format_version")) {
        validate10.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.format_version !== void 0) {
          let data0 = data.format_version;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (!pattern0.test(data0)) {
                validate10.errors = [{ instancePath: instancePath + "/format_version", schemaPath: "#/properties/format_version/pattern", keyword: "pattern", params: { pattern: "^[0-9]+\\.[0-9]+(\\.[0-9]+)?$" }, message: 'must match pattern "^[0-9]+\\.[0-9]+(\\.[0-9]+)?$"' }];
                return false;
              }
            } else {
              validate10.errors = [{ instancePath: instancePath + "/format_version", schemaPath: "#/properties/format_version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.terraform_version !== void 0) {
            const _errs3 = errors;
            if (typeof data.terraform_version !== "string") {
              validate10.errors = [{ instancePath: instancePath + "/terraform_version", schemaPath: "#/properties/terraform_version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.planned_values !== void 0) {
              const _errs5 = errors;
              if (!validate11(data.planned_values, { instancePath: instancePath + "/planned_values", parentData: data, parentDataProperty: "planned_values", rootData })) {
                vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.prior_state !== void 0) {
                let data3 = data.prior_state;
                const _errs6 = errors;
                if (errors === _errs6) {
                  if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    if (data3.format_version !== void 0) {
                      const _errs8 = errors;
                      if (typeof data3.format_version !== "string") {
                        validate10.errors = [{ instancePath: instancePath + "/prior_state/format_version", schemaPath: "#/properties/prior_state/properties/format_version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid1 = _errs8 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data3.values !== void 0) {
                        const _errs10 = errors;
                        if (!validate11(data3.values, { instancePath: instancePath + "/prior_state/values", parentData: data3, parentDataProperty: "values", rootData })) {
                          vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                          errors = vErrors.length;
                        }
                        var valid1 = _errs10 === errors;
                      } else {
                        var valid1 = true;
                      }
                    }
                  } else {
                    validate10.errors = [{ instancePath: instancePath + "/prior_state", schemaPath: "#/properties/prior_state/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.resource_changes !== void 0) {
                  let data6 = data.resource_changes;
                  const _errs11 = errors;
                  if (errors === _errs11) {
                    if (Array.isArray(data6)) {
                      var valid2 = true;
                      const len0 = data6.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        const _errs13 = errors;
                        if (!validate18(data6[i0], { instancePath: instancePath + "/resource_changes/" + i0, parentData: data6, parentDataProperty: i0, rootData })) {
                          vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
                          errors = vErrors.length;
                        }
                        var valid2 = _errs13 === errors;
                        if (!valid2) {
                          break;
                        }
                      }
                    } else {
                      validate10.errors = [{ instancePath: instancePath + "/resource_changes", schemaPath: "#/properties/resource_changes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs11 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.configuration !== void 0) {
                    const _errs14 = errors;
                    if (!validate20(data.configuration, { instancePath: instancePath + "/configuration", parentData: data, parentDataProperty: "configuration", rootData })) {
                      vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs14 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate10.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate10.errors = vErrors;
  return errors === 0;
}
exports.digest = "b8ac39fd6fd3c37d09f983cfbc1840bfa52f8610fc2dca93a610203a12b2acdf";
