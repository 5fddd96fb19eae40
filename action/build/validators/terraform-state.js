"use strict";

// terraform-state.validator.js
exports.validate = validate10;
var pattern0 = new RegExp("^[0-9]+\\.[0-9]+(\\.[0-9]+)?$", "u");
var schema15 = { "type": "object", "required": ["address", "type", "name"], "properties": { "address": { "type": "string" }, "mode": { "enum": ["managed", "data"] }, "type": { "type": "string" }, "name": { "type": "string" }, "index": { "$ref": "#/definitions/index" }, "provider_name": { "type": "string" }, "values": { "type": ["object", "null"] }, "deposed_key": { "type": "string" } } };
var schema16 = { "type": ["string", "number"] };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.address === void 0 && (missing0 = "address") || data.type === void 0 && (missing0 = "type") || data.name === void 0 && (missing0 = "name")) {
        validate14.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.address !== void 0) {
          const _errs1 = errors;
          if (typeof data.address !== "string") {
            validate14.errors = [{ instancePath: instancePath + "/address", schemaPath: "#/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate14.errors = [{ instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/enum", keyword: "enum", params: { allowedValues: schema15.properties.mode.enum }, message: "must be equal to one of the allowed values" }];
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
                validate14.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate14.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    validate14.errors = [{ instancePath: instancePath + "/index", schemaPath: "#/definitions/index/type", keyword: "type", params: { type: schema16.type }, message: "must be string,number" }];
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
                      validate14.errors = [{ instancePath: instancePath + "/provider_name", schemaPath: "#/properties/provider_name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                        validate14.errors = [{ instancePath: instancePath + "/values", schemaPath: "#/properties/values/type", keyword: "type", params: { type: schema15.properties.values.type }, message: "must be object,null" }];
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
                          validate14.errors = [{ instancePath: instancePath + "/deposed_key", schemaPath: "#/properties/deposed_key/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
      validate14.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var wrapper0 = { validate: validate13 };
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
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
        if (data.resources !== void 0) {
          let data1 = data.resources;
          const _errs3 = errors;
          if (errors === _errs3) {
            if (Array.isArray(data1)) {
              var valid1 = true;
              const len0 = data1.length;
              for (let i0 = 0; i0 < len0; i0++) {
                const _errs5 = errors;
                if (!validate14(data1[i0], { instancePath: instancePath + "/resources/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
                  vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
                  errors = vErrors.length;
                }
                var valid1 = _errs5 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate13.errors = [{ instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
                validate13.errors = [{ instancePath: instancePath + "/child_modules", schemaPath: "#/properties/child_modules/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
      validate13.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate13.errors = vErrors;
  return errors === 0;
}
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.root_module !== void 0) {
        if (!validate13(data.root_module, { instancePath: instancePath + "/root_module", parentData: data, parentDataProperty: "root_module", rootData })) {
          vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
          errors = vErrors.length;
        }
      }
    } else {
      validate25.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate25.errors = vErrors;
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
            if (data.values !== void 0) {
              const _errs5 = errors;
              if (!validate25(data.values, { instancePath: instancePath + "/values", parentData: data, parentDataProperty: "values", rootData })) {
                vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
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
exports.digest = "163fd0cdcb261df56804cf323f2dc342c6fa210368d36a0f09dcba02eaec9053";
