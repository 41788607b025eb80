/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $String = $util.global.String, $Boolean = $util.global.Boolean, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const multiverse = $root.multiverse = (() => {

    /**
     * Namespace multiverse.
     * @exports multiverse
     * @namespace
     */
    const multiverse = {};

    multiverse.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof multiverse
         * @namespace
         */
        const v1 = {};

        v1.HostInventory = (function() {

            /**
             * Properties of a HostInventory.
             * @typedef {Object} multiverse.v1.HostInventory.$Properties
             * @property {number|null} [version] HostInventory version
             * @property {string|null} [hostname] HostInventory hostname
             * @property {multiverse.v1.CpuInfo.$Properties|null} [cpu] HostInventory cpu
             * @property {multiverse.v1.MemoryInfo.$Properties|null} [memory] HostInventory memory
             * @property {Array.<multiverse.v1.NumaNode.$Properties>|null} [numaNodes] HostInventory numaNodes
             * @property {boolean|null} [kvm] HostInventory kvm
             * @property {Array.<multiverse.v1.PciDevice.$Properties>|null} [devices] HostInventory devices
             * @property {Array.<multiverse.v1.IommuGroup.$Properties>|null} [iommuGroups] HostInventory iommuGroups
             * @property {Array.<string>|null} [warnings] HostInventory warnings
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HostInventory.
             * @memberof multiverse.v1
             * @interface IHostInventory
             * @augments multiverse.v1.HostInventory.$Properties
             * @deprecated Use multiverse.v1.HostInventory.$Properties instead.
             */

            /**
             * Shape of a HostInventory.
             * @typedef {multiverse.v1.HostInventory.$Properties} multiverse.v1.HostInventory.$Shape
             */

            /**
             * Constructs a new HostInventory.
             * @memberof multiverse.v1
             * @classdesc Represents a HostInventory.
             * @constructor
             * @param {multiverse.v1.HostInventory.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HostInventory = function (properties) {
                this.numaNodes = [];
                this.devices = [];
                this.iommuGroups = [];
                this.warnings = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HostInventory version.
             * @member {number} version
             * @memberof multiverse.v1.HostInventory
             * @instance
             */
            HostInventory.prototype.version = 0;

            /**
             * HostInventory hostname.
             * @member {string} hostname
             * @memberof multiverse.v1.HostInventory
             * @instance
             */
            HostInventory.prototype.hostname = "";

            /**
             * HostInventory cpu.
             * @member {multiverse.v1.CpuInfo.$Properties|null|undefined} cpu
             * @memberof multiverse.v1.HostInventory
             * @instance
             */
            HostInventory.prototype.cpu = null;

            /**
             * HostInventory memory.
             * @member {multiverse.v1.MemoryInfo.$Properties|null|undefined} memory
             * @memberof multiverse.v1.HostInventory
             * @instance
             */
            HostInventory.prototype.memory = null;

            /**
             * HostInventory numaNodes.
             * @member {Array.<multiverse.v1.NumaNode.$Properties>} numaNodes
             * @memberof multiverse.v1.HostInventory
             * @instance
             */
            HostInventory.prototype.numaNodes = $util.emptyArray;

            /**
             * HostInventory kvm.
             * @member {boolean} kvm
             * @memberof multiverse.v1.HostInventory
             * @instance
             */
            HostInventory.prototype.kvm = false;

            /**
             * HostInventory devices.
             * @member {Array.<multiverse.v1.PciDevice.$Properties>} devices
             * @memberof multiverse.v1.HostInventory
             * @instance
             */
            HostInventory.prototype.devices = $util.emptyArray;

            /**
             * HostInventory iommuGroups.
             * @member {Array.<multiverse.v1.IommuGroup.$Properties>} iommuGroups
             * @memberof multiverse.v1.HostInventory
             * @instance
             */
            HostInventory.prototype.iommuGroups = $util.emptyArray;

            /**
             * HostInventory warnings.
             * @member {Array.<string>} warnings
             * @memberof multiverse.v1.HostInventory
             * @instance
             */
            HostInventory.prototype.warnings = $util.emptyArray;

            /**
             * Creates a new HostInventory instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.HostInventory
             * @static
             * @param {multiverse.v1.HostInventory.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.HostInventory} HostInventory instance
             * @type {{
             *   (properties: multiverse.v1.HostInventory.$Shape): multiverse.v1.HostInventory & multiverse.v1.HostInventory.$Shape;
             *   (properties?: multiverse.v1.HostInventory.$Properties): multiverse.v1.HostInventory;
             * }}
             */
            HostInventory.create = function(properties) {
                return new HostInventory(properties);
            };

            /**
             * Encodes the specified HostInventory message. Does not implicitly {@link multiverse.v1.HostInventory.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.HostInventory
             * @static
             * @param {multiverse.v1.HostInventory.$Properties} message HostInventory message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HostInventory.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.hostname);
                if (message.cpu != null && $Object.hasOwnProperty.call(message, "cpu"))
                    $root.multiverse.v1.CpuInfo.encode(message.cpu, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.memory != null && $Object.hasOwnProperty.call(message, "memory"))
                    $root.multiverse.v1.MemoryInfo.encode(message.memory, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.numaNodes != null && message.numaNodes.length)
                    for (let i = 0; i < message.numaNodes.length; ++i)
                        $root.multiverse.v1.NumaNode.encode(message.numaNodes[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.kvm != null && $Object.hasOwnProperty.call(message, "kvm") && message.kvm !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.kvm);
                if (message.devices != null && message.devices.length)
                    for (let i = 0; i < message.devices.length; ++i)
                        $root.multiverse.v1.PciDevice.encode(message.devices[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.iommuGroups != null && message.iommuGroups.length)
                    for (let i = 0; i < message.iommuGroups.length; ++i)
                        $root.multiverse.v1.IommuGroup.encode(message.iommuGroups[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.warnings != null && message.warnings.length)
                    for (let i = 0; i < message.warnings.length; ++i)
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.warnings[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HostInventory message, length delimited. Does not implicitly {@link multiverse.v1.HostInventory.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.HostInventory
             * @static
             * @param {multiverse.v1.HostInventory.$Properties} message HostInventory message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HostInventory.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HostInventory message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.HostInventory
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.HostInventory & multiverse.v1.HostInventory.$Shape} HostInventory
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HostInventory.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.HostInventory();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.cpu = $root.multiverse.v1.CpuInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.cpu);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.memory = $root.multiverse.v1.MemoryInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.memory);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.numaNodes && message.numaNodes.length))
                                message.numaNodes = [];
                            message.numaNodes.push($root.multiverse.v1.NumaNode.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.kvm = value;
                            else
                                delete message.kvm;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.devices && message.devices.length))
                                message.devices = [];
                            message.devices.push($root.multiverse.v1.PciDevice.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.iommuGroups && message.iommuGroups.length))
                                message.iommuGroups = [];
                            message.iommuGroups.push($root.multiverse.v1.IommuGroup.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.warnings && message.warnings.length))
                                message.warnings = [];
                            message.warnings.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a HostInventory message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.HostInventory
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.HostInventory & multiverse.v1.HostInventory.$Shape} HostInventory
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HostInventory.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HostInventory message.
             * @function verify
             * @memberof multiverse.v1.HostInventory
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HostInventory.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isInteger(message.version))
                        return "version: integer expected";
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    if (!$util.isString(message.hostname))
                        return "hostname: string expected";
                if (message.cpu != null && $Object.hasOwnProperty.call(message, "cpu")) {
                    let error = $root.multiverse.v1.CpuInfo.verify(message.cpu, _depth + 1);
                    if (error)
                        return "cpu." + error;
                }
                if (message.memory != null && $Object.hasOwnProperty.call(message, "memory")) {
                    let error = $root.multiverse.v1.MemoryInfo.verify(message.memory, _depth + 1);
                    if (error)
                        return "memory." + error;
                }
                if (message.numaNodes != null && $Object.hasOwnProperty.call(message, "numaNodes")) {
                    if (!$Array.isArray(message.numaNodes))
                        return "numaNodes: array expected";
                    for (let i = 0; i < message.numaNodes.length; ++i) {
                        let error = $root.multiverse.v1.NumaNode.verify(message.numaNodes[i], _depth + 1);
                        if (error)
                            return "numaNodes." + error;
                    }
                }
                if (message.kvm != null && $Object.hasOwnProperty.call(message, "kvm"))
                    if (typeof message.kvm !== "boolean")
                        return "kvm: boolean expected";
                if (message.devices != null && $Object.hasOwnProperty.call(message, "devices")) {
                    if (!$Array.isArray(message.devices))
                        return "devices: array expected";
                    for (let i = 0; i < message.devices.length; ++i) {
                        let error = $root.multiverse.v1.PciDevice.verify(message.devices[i], _depth + 1);
                        if (error)
                            return "devices." + error;
                    }
                }
                if (message.iommuGroups != null && $Object.hasOwnProperty.call(message, "iommuGroups")) {
                    if (!$Array.isArray(message.iommuGroups))
                        return "iommuGroups: array expected";
                    for (let i = 0; i < message.iommuGroups.length; ++i) {
                        let error = $root.multiverse.v1.IommuGroup.verify(message.iommuGroups[i], _depth + 1);
                        if (error)
                            return "iommuGroups." + error;
                    }
                }
                if (message.warnings != null && $Object.hasOwnProperty.call(message, "warnings")) {
                    if (!$Array.isArray(message.warnings))
                        return "warnings: array expected";
                    for (let i = 0; i < message.warnings.length; ++i)
                        if (!$util.isString(message.warnings[i]))
                            return "warnings: string[] expected";
                }
                return null;
            };

            /**
             * Creates a HostInventory message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.HostInventory
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.HostInventory} HostInventory
             */
            HostInventory.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.HostInventory)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.HostInventory: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.HostInventory();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                if (object.cpu != null) {
                    if (!$util.isObject(object.cpu))
                        throw $TypeError(".multiverse.v1.HostInventory.cpu: object expected");
                    message.cpu = $root.multiverse.v1.CpuInfo.fromObject(object.cpu, _depth + 1);
                }
                if (object.memory != null) {
                    if (!$util.isObject(object.memory))
                        throw $TypeError(".multiverse.v1.HostInventory.memory: object expected");
                    message.memory = $root.multiverse.v1.MemoryInfo.fromObject(object.memory, _depth + 1);
                }
                if (object.numaNodes) {
                    if (!$Array.isArray(object.numaNodes))
                        throw $TypeError(".multiverse.v1.HostInventory.numaNodes: array expected");
                    message.numaNodes = $Array(object.numaNodes.length);
                    for (let i = 0; i < object.numaNodes.length; ++i) {
                        if (!$util.isObject(object.numaNodes[i]))
                            throw $TypeError(".multiverse.v1.HostInventory.numaNodes: object expected");
                        message.numaNodes[i] = $root.multiverse.v1.NumaNode.fromObject(object.numaNodes[i], _depth + 1);
                    }
                }
                if (object.kvm != null)
                    if (object.kvm)
                        message.kvm = $Boolean(object.kvm);
                if (object.devices) {
                    if (!$Array.isArray(object.devices))
                        throw $TypeError(".multiverse.v1.HostInventory.devices: array expected");
                    message.devices = $Array(object.devices.length);
                    for (let i = 0; i < object.devices.length; ++i) {
                        if (!$util.isObject(object.devices[i]))
                            throw $TypeError(".multiverse.v1.HostInventory.devices: object expected");
                        message.devices[i] = $root.multiverse.v1.PciDevice.fromObject(object.devices[i], _depth + 1);
                    }
                }
                if (object.iommuGroups) {
                    if (!$Array.isArray(object.iommuGroups))
                        throw $TypeError(".multiverse.v1.HostInventory.iommuGroups: array expected");
                    message.iommuGroups = $Array(object.iommuGroups.length);
                    for (let i = 0; i < object.iommuGroups.length; ++i) {
                        if (!$util.isObject(object.iommuGroups[i]))
                            throw $TypeError(".multiverse.v1.HostInventory.iommuGroups: object expected");
                        message.iommuGroups[i] = $root.multiverse.v1.IommuGroup.fromObject(object.iommuGroups[i], _depth + 1);
                    }
                }
                if (object.warnings) {
                    if (!$Array.isArray(object.warnings))
                        throw $TypeError(".multiverse.v1.HostInventory.warnings: array expected");
                    message.warnings = $Array(object.warnings.length);
                    for (let i = 0; i < object.warnings.length; ++i)
                        message.warnings[i] = $String(object.warnings[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a HostInventory message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.HostInventory
             * @static
             * @param {multiverse.v1.HostInventory} message HostInventory
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HostInventory.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.numaNodes = [];
                    object.devices = [];
                    object.iommuGroups = [];
                    object.warnings = [];
                }
                if (options.defaults) {
                    object.version = 0;
                    object.hostname = "";
                    object.cpu = null;
                    object.memory = null;
                    object.kvm = false;
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                if (message.cpu != null && $Object.hasOwnProperty.call(message, "cpu"))
                    object.cpu = $root.multiverse.v1.CpuInfo.toObject(message.cpu, options, _depth + 1);
                if (message.memory != null && $Object.hasOwnProperty.call(message, "memory"))
                    object.memory = $root.multiverse.v1.MemoryInfo.toObject(message.memory, options, _depth + 1);
                if (message.numaNodes && message.numaNodes.length) {
                    object.numaNodes = $Array(message.numaNodes.length);
                    for (let j = 0; j < message.numaNodes.length; ++j)
                        object.numaNodes[j] = $root.multiverse.v1.NumaNode.toObject(message.numaNodes[j], options, _depth + 1);
                }
                if (message.kvm != null && $Object.hasOwnProperty.call(message, "kvm"))
                    object.kvm = message.kvm;
                if (message.devices && message.devices.length) {
                    object.devices = $Array(message.devices.length);
                    for (let j = 0; j < message.devices.length; ++j)
                        object.devices[j] = $root.multiverse.v1.PciDevice.toObject(message.devices[j], options, _depth + 1);
                }
                if (message.iommuGroups && message.iommuGroups.length) {
                    object.iommuGroups = $Array(message.iommuGroups.length);
                    for (let j = 0; j < message.iommuGroups.length; ++j)
                        object.iommuGroups[j] = $root.multiverse.v1.IommuGroup.toObject(message.iommuGroups[j], options, _depth + 1);
                }
                if (message.warnings && message.warnings.length) {
                    object.warnings = $Array(message.warnings.length);
                    for (let j = 0; j < message.warnings.length; ++j)
                        object.warnings[j] = message.warnings[j];
                }
                return object;
            };

            /**
             * Converts this HostInventory to JSON.
             * @function toJSON
             * @memberof multiverse.v1.HostInventory
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HostInventory.prototype.toJSON = function() {
                return HostInventory.toObject(this, $protobuf.util.toJSONOptions);
            };

            return HostInventory;
        })();

        v1.CpuInfo = (function() {

            /**
             * Properties of a CpuInfo.
             * @typedef {Object} multiverse.v1.CpuInfo.$Properties
             * @property {string|null} [model] CpuInfo model
             * @property {number|null} [threads] CpuInfo threads
             * @property {number|null} [sockets] CpuInfo sockets
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CpuInfo.
             * @memberof multiverse.v1
             * @interface ICpuInfo
             * @augments multiverse.v1.CpuInfo.$Properties
             * @deprecated Use multiverse.v1.CpuInfo.$Properties instead.
             */

            /**
             * Shape of a CpuInfo.
             * @typedef {multiverse.v1.CpuInfo.$Properties} multiverse.v1.CpuInfo.$Shape
             */

            /**
             * Constructs a new CpuInfo.
             * @memberof multiverse.v1
             * @classdesc Represents a CpuInfo.
             * @constructor
             * @param {multiverse.v1.CpuInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CpuInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CpuInfo model.
             * @member {string|null|undefined} model
             * @memberof multiverse.v1.CpuInfo
             * @instance
             */
            CpuInfo.prototype.model = null;

            /**
             * CpuInfo threads.
             * @member {number} threads
             * @memberof multiverse.v1.CpuInfo
             * @instance
             */
            CpuInfo.prototype.threads = 0;

            /**
             * CpuInfo sockets.
             * @member {number} sockets
             * @memberof multiverse.v1.CpuInfo
             * @instance
             */
            CpuInfo.prototype.sockets = 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(CpuInfo.prototype, "_model", {
                get: $util.oneOfGetter($oneOfFields = ["model"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new CpuInfo instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.CpuInfo
             * @static
             * @param {multiverse.v1.CpuInfo.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.CpuInfo} CpuInfo instance
             * @type {{
             *   (properties: multiverse.v1.CpuInfo.$Shape): multiverse.v1.CpuInfo & multiverse.v1.CpuInfo.$Shape;
             *   (properties?: multiverse.v1.CpuInfo.$Properties): multiverse.v1.CpuInfo;
             * }}
             */
            CpuInfo.create = function(properties) {
                return new CpuInfo(properties);
            };

            /**
             * Encodes the specified CpuInfo message. Does not implicitly {@link multiverse.v1.CpuInfo.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.CpuInfo
             * @static
             * @param {multiverse.v1.CpuInfo.$Properties} message CpuInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CpuInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.model);
                if (message.threads != null && $Object.hasOwnProperty.call(message, "threads") && message.threads !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.threads);
                if (message.sockets != null && $Object.hasOwnProperty.call(message, "sockets") && message.sockets !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.sockets);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CpuInfo message, length delimited. Does not implicitly {@link multiverse.v1.CpuInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.CpuInfo
             * @static
             * @param {multiverse.v1.CpuInfo.$Properties} message CpuInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CpuInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CpuInfo message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.CpuInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.CpuInfo & multiverse.v1.CpuInfo.$Shape} CpuInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CpuInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.CpuInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.model = reader.stringVerify();
                            message._model = "model";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.threads = value;
                            else
                                delete message.threads;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sockets = value;
                            else
                                delete message.sockets;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a CpuInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.CpuInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.CpuInfo & multiverse.v1.CpuInfo.$Shape} CpuInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CpuInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CpuInfo message.
             * @function verify
             * @memberof multiverse.v1.CpuInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CpuInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.model != null && $Object.hasOwnProperty.call(message, "model")) {
                    properties._model = 1;
                    if (!$util.isString(message.model))
                        return "model: string expected";
                }
                if (message.threads != null && $Object.hasOwnProperty.call(message, "threads"))
                    if (!$util.isInteger(message.threads))
                        return "threads: integer expected";
                if (message.sockets != null && $Object.hasOwnProperty.call(message, "sockets"))
                    if (!$util.isInteger(message.sockets))
                        return "sockets: integer expected";
                return null;
            };

            /**
             * Creates a CpuInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.CpuInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.CpuInfo} CpuInfo
             */
            CpuInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.CpuInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.CpuInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.CpuInfo();
                if (object.model != null)
                    message.model = $String(object.model);
                if (object.threads != null)
                    if ($Number(object.threads) !== 0)
                        message.threads = object.threads >>> 0;
                if (object.sockets != null)
                    if ($Number(object.sockets) !== 0)
                        message.sockets = object.sockets >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a CpuInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.CpuInfo
             * @static
             * @param {multiverse.v1.CpuInfo} message CpuInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CpuInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.threads = 0;
                    object.sockets = 0;
                }
                if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                    object.model = message.model;
                if (message.threads != null && $Object.hasOwnProperty.call(message, "threads"))
                    object.threads = message.threads;
                if (message.sockets != null && $Object.hasOwnProperty.call(message, "sockets"))
                    object.sockets = message.sockets;
                return object;
            };

            /**
             * Converts this CpuInfo to JSON.
             * @function toJSON
             * @memberof multiverse.v1.CpuInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CpuInfo.prototype.toJSON = function() {
                return CpuInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CpuInfo;
        })();

        v1.MemoryInfo = (function() {

            /**
             * Properties of a MemoryInfo.
             * @typedef {Object} multiverse.v1.MemoryInfo.$Properties
             * @property {number|Long|null} [totalBytes] MemoryInfo totalBytes
             * @property {number|Long|null} [availableBytes] MemoryInfo availableBytes
             * @property {Array.<multiverse.v1.HugepagePool.$Properties>|null} [hugepages] MemoryInfo hugepages
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MemoryInfo.
             * @memberof multiverse.v1
             * @interface IMemoryInfo
             * @augments multiverse.v1.MemoryInfo.$Properties
             * @deprecated Use multiverse.v1.MemoryInfo.$Properties instead.
             */

            /**
             * Shape of a MemoryInfo.
             * @typedef {multiverse.v1.MemoryInfo.$Properties} multiverse.v1.MemoryInfo.$Shape
             */

            /**
             * Constructs a new MemoryInfo.
             * @memberof multiverse.v1
             * @classdesc Represents a MemoryInfo.
             * @constructor
             * @param {multiverse.v1.MemoryInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MemoryInfo = function (properties) {
                this.hugepages = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MemoryInfo totalBytes.
             * @member {number|Long} totalBytes
             * @memberof multiverse.v1.MemoryInfo
             * @instance
             */
            MemoryInfo.prototype.totalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MemoryInfo availableBytes.
             * @member {number|Long} availableBytes
             * @memberof multiverse.v1.MemoryInfo
             * @instance
             */
            MemoryInfo.prototype.availableBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MemoryInfo hugepages.
             * @member {Array.<multiverse.v1.HugepagePool.$Properties>} hugepages
             * @memberof multiverse.v1.MemoryInfo
             * @instance
             */
            MemoryInfo.prototype.hugepages = $util.emptyArray;

            /**
             * Creates a new MemoryInfo instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.MemoryInfo
             * @static
             * @param {multiverse.v1.MemoryInfo.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.MemoryInfo} MemoryInfo instance
             * @type {{
             *   (properties: multiverse.v1.MemoryInfo.$Shape): multiverse.v1.MemoryInfo & multiverse.v1.MemoryInfo.$Shape;
             *   (properties?: multiverse.v1.MemoryInfo.$Properties): multiverse.v1.MemoryInfo;
             * }}
             */
            MemoryInfo.create = function(properties) {
                return new MemoryInfo(properties);
            };

            /**
             * Encodes the specified MemoryInfo message. Does not implicitly {@link multiverse.v1.MemoryInfo.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.MemoryInfo
             * @static
             * @param {multiverse.v1.MemoryInfo.$Properties} message MemoryInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MemoryInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes") && (typeof message.totalBytes === "object" ? message.totalBytes.low || message.totalBytes.high : message.totalBytes !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.totalBytes);
                if (message.availableBytes != null && $Object.hasOwnProperty.call(message, "availableBytes") && (typeof message.availableBytes === "object" ? message.availableBytes.low || message.availableBytes.high : message.availableBytes !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.availableBytes);
                if (message.hugepages != null && message.hugepages.length)
                    for (let i = 0; i < message.hugepages.length; ++i)
                        $root.multiverse.v1.HugepagePool.encode(message.hugepages[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MemoryInfo message, length delimited. Does not implicitly {@link multiverse.v1.MemoryInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.MemoryInfo
             * @static
             * @param {multiverse.v1.MemoryInfo.$Properties} message MemoryInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MemoryInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MemoryInfo message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.MemoryInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.MemoryInfo & multiverse.v1.MemoryInfo.$Shape} MemoryInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MemoryInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.MemoryInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.totalBytes = value;
                            else
                                delete message.totalBytes;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.availableBytes = value;
                            else
                                delete message.availableBytes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.hugepages && message.hugepages.length))
                                message.hugepages = [];
                            message.hugepages.push($root.multiverse.v1.HugepagePool.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MemoryInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.MemoryInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.MemoryInfo & multiverse.v1.MemoryInfo.$Shape} MemoryInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MemoryInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MemoryInfo message.
             * @function verify
             * @memberof multiverse.v1.MemoryInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MemoryInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes"))
                    if (!$util.isInteger(message.totalBytes) && !(message.totalBytes && $util.isInteger(message.totalBytes.low) && $util.isInteger(message.totalBytes.high)))
                        return "totalBytes: integer|Long expected";
                if (message.availableBytes != null && $Object.hasOwnProperty.call(message, "availableBytes"))
                    if (!$util.isInteger(message.availableBytes) && !(message.availableBytes && $util.isInteger(message.availableBytes.low) && $util.isInteger(message.availableBytes.high)))
                        return "availableBytes: integer|Long expected";
                if (message.hugepages != null && $Object.hasOwnProperty.call(message, "hugepages")) {
                    if (!$Array.isArray(message.hugepages))
                        return "hugepages: array expected";
                    for (let i = 0; i < message.hugepages.length; ++i) {
                        let error = $root.multiverse.v1.HugepagePool.verify(message.hugepages[i], _depth + 1);
                        if (error)
                            return "hugepages." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a MemoryInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.MemoryInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.MemoryInfo} MemoryInfo
             */
            MemoryInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.MemoryInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.MemoryInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.MemoryInfo();
                if (object.totalBytes != null)
                    if (typeof object.totalBytes === "object" ? object.totalBytes.low || object.totalBytes.high : $Number(object.totalBytes) !== 0)
                        if ($util.Long)
                            message.totalBytes = $util.Long.fromValue(object.totalBytes, true);
                        else if (typeof object.totalBytes === "string")
                            message.totalBytes = $parseInt(object.totalBytes, 10);
                        else if (typeof object.totalBytes === "number")
                            message.totalBytes = object.totalBytes;
                        else if (typeof object.totalBytes === "object")
                            message.totalBytes = new $util.LongBits(object.totalBytes.low >>> 0, object.totalBytes.high >>> 0).toNumber(true);
                if (object.availableBytes != null)
                    if (typeof object.availableBytes === "object" ? object.availableBytes.low || object.availableBytes.high : $Number(object.availableBytes) !== 0)
                        if ($util.Long)
                            message.availableBytes = $util.Long.fromValue(object.availableBytes, true);
                        else if (typeof object.availableBytes === "string")
                            message.availableBytes = $parseInt(object.availableBytes, 10);
                        else if (typeof object.availableBytes === "number")
                            message.availableBytes = object.availableBytes;
                        else if (typeof object.availableBytes === "object")
                            message.availableBytes = new $util.LongBits(object.availableBytes.low >>> 0, object.availableBytes.high >>> 0).toNumber(true);
                if (object.hugepages) {
                    if (!$Array.isArray(object.hugepages))
                        throw $TypeError(".multiverse.v1.MemoryInfo.hugepages: array expected");
                    message.hugepages = $Array(object.hugepages.length);
                    for (let i = 0; i < object.hugepages.length; ++i) {
                        if (!$util.isObject(object.hugepages[i]))
                            throw $TypeError(".multiverse.v1.MemoryInfo.hugepages: object expected");
                        message.hugepages[i] = $root.multiverse.v1.HugepagePool.fromObject(object.hugepages[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a MemoryInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.MemoryInfo
             * @static
             * @param {multiverse.v1.MemoryInfo} message MemoryInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MemoryInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.hugepages = [];
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.totalBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.totalBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.availableBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.availableBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.totalBytes = typeof message.totalBytes === "number" ? $BigInt(message.totalBytes) : $util.Long.fromBits(message.totalBytes.low >>> 0, message.totalBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.totalBytes === "number")
                        object.totalBytes = options.longs === $String ? $String(message.totalBytes) : message.totalBytes;
                    else
                        object.totalBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.totalBytes) : options.longs === $Number ? new $util.LongBits(message.totalBytes.low >>> 0, message.totalBytes.high >>> 0).toNumber(true) : message.totalBytes;
                if (message.availableBytes != null && $Object.hasOwnProperty.call(message, "availableBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.availableBytes = typeof message.availableBytes === "number" ? $BigInt(message.availableBytes) : $util.Long.fromBits(message.availableBytes.low >>> 0, message.availableBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.availableBytes === "number")
                        object.availableBytes = options.longs === $String ? $String(message.availableBytes) : message.availableBytes;
                    else
                        object.availableBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.availableBytes) : options.longs === $Number ? new $util.LongBits(message.availableBytes.low >>> 0, message.availableBytes.high >>> 0).toNumber(true) : message.availableBytes;
                if (message.hugepages && message.hugepages.length) {
                    object.hugepages = $Array(message.hugepages.length);
                    for (let j = 0; j < message.hugepages.length; ++j)
                        object.hugepages[j] = $root.multiverse.v1.HugepagePool.toObject(message.hugepages[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this MemoryInfo to JSON.
             * @function toJSON
             * @memberof multiverse.v1.MemoryInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MemoryInfo.prototype.toJSON = function() {
                return MemoryInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return MemoryInfo;
        })();

        v1.HugepagePool = (function() {

            /**
             * Properties of a HugepagePool.
             * @typedef {Object} multiverse.v1.HugepagePool.$Properties
             * @property {number|Long|null} [sizeBytes] HugepagePool sizeBytes
             * @property {number|Long|null} [total] HugepagePool total
             * @property {number|Long|null} [free] HugepagePool free
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HugepagePool.
             * @memberof multiverse.v1
             * @interface IHugepagePool
             * @augments multiverse.v1.HugepagePool.$Properties
             * @deprecated Use multiverse.v1.HugepagePool.$Properties instead.
             */

            /**
             * Shape of a HugepagePool.
             * @typedef {multiverse.v1.HugepagePool.$Properties} multiverse.v1.HugepagePool.$Shape
             */

            /**
             * Constructs a new HugepagePool.
             * @memberof multiverse.v1
             * @classdesc Represents a HugepagePool.
             * @constructor
             * @param {multiverse.v1.HugepagePool.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HugepagePool = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HugepagePool sizeBytes.
             * @member {number|Long} sizeBytes
             * @memberof multiverse.v1.HugepagePool
             * @instance
             */
            HugepagePool.prototype.sizeBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HugepagePool total.
             * @member {number|Long} total
             * @memberof multiverse.v1.HugepagePool
             * @instance
             */
            HugepagePool.prototype.total = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HugepagePool free.
             * @member {number|Long} free
             * @memberof multiverse.v1.HugepagePool
             * @instance
             */
            HugepagePool.prototype.free = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new HugepagePool instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.HugepagePool
             * @static
             * @param {multiverse.v1.HugepagePool.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.HugepagePool} HugepagePool instance
             * @type {{
             *   (properties: multiverse.v1.HugepagePool.$Shape): multiverse.v1.HugepagePool & multiverse.v1.HugepagePool.$Shape;
             *   (properties?: multiverse.v1.HugepagePool.$Properties): multiverse.v1.HugepagePool;
             * }}
             */
            HugepagePool.create = function(properties) {
                return new HugepagePool(properties);
            };

            /**
             * Encodes the specified HugepagePool message. Does not implicitly {@link multiverse.v1.HugepagePool.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.HugepagePool
             * @static
             * @param {multiverse.v1.HugepagePool.$Properties} message HugepagePool message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HugepagePool.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes") && (typeof message.sizeBytes === "object" ? message.sizeBytes.low || message.sizeBytes.high : message.sizeBytes !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.sizeBytes);
                if (message.total != null && $Object.hasOwnProperty.call(message, "total") && (typeof message.total === "object" ? message.total.low || message.total.high : message.total !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.total);
                if (message.free != null && $Object.hasOwnProperty.call(message, "free") && (typeof message.free === "object" ? message.free.low || message.free.high : message.free !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.free);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HugepagePool message, length delimited. Does not implicitly {@link multiverse.v1.HugepagePool.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.HugepagePool
             * @static
             * @param {multiverse.v1.HugepagePool.$Properties} message HugepagePool message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HugepagePool.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HugepagePool message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.HugepagePool
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.HugepagePool & multiverse.v1.HugepagePool.$Shape} HugepagePool
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HugepagePool.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.HugepagePool();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sizeBytes = value;
                            else
                                delete message.sizeBytes;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.total = value;
                            else
                                delete message.total;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.free = value;
                            else
                                delete message.free;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a HugepagePool message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.HugepagePool
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.HugepagePool & multiverse.v1.HugepagePool.$Shape} HugepagePool
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HugepagePool.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HugepagePool message.
             * @function verify
             * @memberof multiverse.v1.HugepagePool
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HugepagePool.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes"))
                    if (!$util.isInteger(message.sizeBytes) && !(message.sizeBytes && $util.isInteger(message.sizeBytes.low) && $util.isInteger(message.sizeBytes.high)))
                        return "sizeBytes: integer|Long expected";
                if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                    if (!$util.isInteger(message.total) && !(message.total && $util.isInteger(message.total.low) && $util.isInteger(message.total.high)))
                        return "total: integer|Long expected";
                if (message.free != null && $Object.hasOwnProperty.call(message, "free"))
                    if (!$util.isInteger(message.free) && !(message.free && $util.isInteger(message.free.low) && $util.isInteger(message.free.high)))
                        return "free: integer|Long expected";
                return null;
            };

            /**
             * Creates a HugepagePool message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.HugepagePool
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.HugepagePool} HugepagePool
             */
            HugepagePool.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.HugepagePool)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.HugepagePool: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.HugepagePool();
                if (object.sizeBytes != null)
                    if (typeof object.sizeBytes === "object" ? object.sizeBytes.low || object.sizeBytes.high : $Number(object.sizeBytes) !== 0)
                        if ($util.Long)
                            message.sizeBytes = $util.Long.fromValue(object.sizeBytes, true);
                        else if (typeof object.sizeBytes === "string")
                            message.sizeBytes = $parseInt(object.sizeBytes, 10);
                        else if (typeof object.sizeBytes === "number")
                            message.sizeBytes = object.sizeBytes;
                        else if (typeof object.sizeBytes === "object")
                            message.sizeBytes = new $util.LongBits(object.sizeBytes.low >>> 0, object.sizeBytes.high >>> 0).toNumber(true);
                if (object.total != null)
                    if (typeof object.total === "object" ? object.total.low || object.total.high : $Number(object.total) !== 0)
                        if ($util.Long)
                            message.total = $util.Long.fromValue(object.total, true);
                        else if (typeof object.total === "string")
                            message.total = $parseInt(object.total, 10);
                        else if (typeof object.total === "number")
                            message.total = object.total;
                        else if (typeof object.total === "object")
                            message.total = new $util.LongBits(object.total.low >>> 0, object.total.high >>> 0).toNumber(true);
                if (object.free != null)
                    if (typeof object.free === "object" ? object.free.low || object.free.high : $Number(object.free) !== 0)
                        if ($util.Long)
                            message.free = $util.Long.fromValue(object.free, true);
                        else if (typeof object.free === "string")
                            message.free = $parseInt(object.free, 10);
                        else if (typeof object.free === "number")
                            message.free = object.free;
                        else if (typeof object.free === "object")
                            message.free = new $util.LongBits(object.free.low >>> 0, object.free.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a HugepagePool message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.HugepagePool
             * @static
             * @param {multiverse.v1.HugepagePool} message HugepagePool
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HugepagePool.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sizeBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sizeBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.total = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.total = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.free = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.free = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sizeBytes = typeof message.sizeBytes === "number" ? $BigInt(message.sizeBytes) : $util.Long.fromBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.sizeBytes === "number")
                        object.sizeBytes = options.longs === $String ? $String(message.sizeBytes) : message.sizeBytes;
                    else
                        object.sizeBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.sizeBytes) : options.longs === $Number ? new $util.LongBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0).toNumber(true) : message.sizeBytes;
                if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.total = typeof message.total === "number" ? $BigInt(message.total) : $util.Long.fromBits(message.total.low >>> 0, message.total.high >>> 0, true).toBigInt();
                    else if (typeof message.total === "number")
                        object.total = options.longs === $String ? $String(message.total) : message.total;
                    else
                        object.total = options.longs === $String ? $util.Long.prototype.toString.call(message.total) : options.longs === $Number ? new $util.LongBits(message.total.low >>> 0, message.total.high >>> 0).toNumber(true) : message.total;
                if (message.free != null && $Object.hasOwnProperty.call(message, "free"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.free = typeof message.free === "number" ? $BigInt(message.free) : $util.Long.fromBits(message.free.low >>> 0, message.free.high >>> 0, true).toBigInt();
                    else if (typeof message.free === "number")
                        object.free = options.longs === $String ? $String(message.free) : message.free;
                    else
                        object.free = options.longs === $String ? $util.Long.prototype.toString.call(message.free) : options.longs === $Number ? new $util.LongBits(message.free.low >>> 0, message.free.high >>> 0).toNumber(true) : message.free;
                return object;
            };

            /**
             * Converts this HugepagePool to JSON.
             * @function toJSON
             * @memberof multiverse.v1.HugepagePool
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HugepagePool.prototype.toJSON = function() {
                return HugepagePool.toObject(this, $protobuf.util.toJSONOptions);
            };

            return HugepagePool;
        })();

        v1.NumaNode = (function() {

            /**
             * Properties of a NumaNode.
             * @typedef {Object} multiverse.v1.NumaNode.$Properties
             * @property {number|null} [id] NumaNode id
             * @property {Array.<number>|null} [cpus] NumaNode cpus
             * @property {number|Long|null} [memoryBytes] NumaNode memoryBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NumaNode.
             * @memberof multiverse.v1
             * @interface INumaNode
             * @augments multiverse.v1.NumaNode.$Properties
             * @deprecated Use multiverse.v1.NumaNode.$Properties instead.
             */

            /**
             * Shape of a NumaNode.
             * @typedef {multiverse.v1.NumaNode.$Properties} multiverse.v1.NumaNode.$Shape
             */

            /**
             * Constructs a new NumaNode.
             * @memberof multiverse.v1
             * @classdesc Represents a NumaNode.
             * @constructor
             * @param {multiverse.v1.NumaNode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NumaNode = function (properties) {
                this.cpus = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NumaNode id.
             * @member {number} id
             * @memberof multiverse.v1.NumaNode
             * @instance
             */
            NumaNode.prototype.id = 0;

            /**
             * NumaNode cpus.
             * @member {Array.<number>} cpus
             * @memberof multiverse.v1.NumaNode
             * @instance
             */
            NumaNode.prototype.cpus = $util.emptyArray;

            /**
             * NumaNode memoryBytes.
             * @member {number|Long} memoryBytes
             * @memberof multiverse.v1.NumaNode
             * @instance
             */
            NumaNode.prototype.memoryBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new NumaNode instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.NumaNode
             * @static
             * @param {multiverse.v1.NumaNode.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.NumaNode} NumaNode instance
             * @type {{
             *   (properties: multiverse.v1.NumaNode.$Shape): multiverse.v1.NumaNode & multiverse.v1.NumaNode.$Shape;
             *   (properties?: multiverse.v1.NumaNode.$Properties): multiverse.v1.NumaNode;
             * }}
             */
            NumaNode.create = function(properties) {
                return new NumaNode(properties);
            };

            /**
             * Encodes the specified NumaNode message. Does not implicitly {@link multiverse.v1.NumaNode.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.NumaNode
             * @static
             * @param {multiverse.v1.NumaNode.$Properties} message NumaNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NumaNode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                if (message.cpus != null && message.cpus.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).uint32s(message.cpus);
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes") && (typeof message.memoryBytes === "object" ? message.memoryBytes.low || message.memoryBytes.high : message.memoryBytes !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.memoryBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified NumaNode message, length delimited. Does not implicitly {@link multiverse.v1.NumaNode.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.NumaNode
             * @static
             * @param {multiverse.v1.NumaNode.$Properties} message NumaNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NumaNode.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NumaNode message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.NumaNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.NumaNode & multiverse.v1.NumaNode.$Shape} NumaNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NumaNode.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.NumaNode();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.cpus && message.cpus.length))
                                    message.cpus = [];
                                reader.uint32s(message.cpus);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.cpus && message.cpus.length))
                                message.cpus = [];
                            message.cpus.push(reader.uint32());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryBytes = value;
                            else
                                delete message.memoryBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a NumaNode message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.NumaNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.NumaNode & multiverse.v1.NumaNode.$Shape} NumaNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NumaNode.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NumaNode message.
             * @function verify
             * @memberof multiverse.v1.NumaNode
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NumaNode.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isInteger(message.id))
                        return "id: integer expected";
                if (message.cpus != null && $Object.hasOwnProperty.call(message, "cpus")) {
                    if (!$Array.isArray(message.cpus))
                        return "cpus: array expected";
                    for (let i = 0; i < message.cpus.length; ++i)
                        if (!$util.isInteger(message.cpus[i]))
                            return "cpus: integer[] expected";
                }
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes"))
                    if (!$util.isInteger(message.memoryBytes) && !(message.memoryBytes && $util.isInteger(message.memoryBytes.low) && $util.isInteger(message.memoryBytes.high)))
                        return "memoryBytes: integer|Long expected";
                return null;
            };

            /**
             * Creates a NumaNode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.NumaNode
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.NumaNode} NumaNode
             */
            NumaNode.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.NumaNode)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.NumaNode: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.NumaNode();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.cpus) {
                    if (!$Array.isArray(object.cpus))
                        throw $TypeError(".multiverse.v1.NumaNode.cpus: array expected");
                    message.cpus = $Array(object.cpus.length);
                    for (let i = 0; i < object.cpus.length; ++i)
                        message.cpus[i] = object.cpus[i] >>> 0;
                }
                if (object.memoryBytes != null)
                    if (typeof object.memoryBytes === "object" ? object.memoryBytes.low || object.memoryBytes.high : $Number(object.memoryBytes) !== 0)
                        if ($util.Long)
                            message.memoryBytes = $util.Long.fromValue(object.memoryBytes, true);
                        else if (typeof object.memoryBytes === "string")
                            message.memoryBytes = $parseInt(object.memoryBytes, 10);
                        else if (typeof object.memoryBytes === "number")
                            message.memoryBytes = object.memoryBytes;
                        else if (typeof object.memoryBytes === "object")
                            message.memoryBytes = new $util.LongBits(object.memoryBytes.low >>> 0, object.memoryBytes.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a NumaNode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.NumaNode
             * @static
             * @param {multiverse.v1.NumaNode} message NumaNode
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NumaNode.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.cpus = [];
                if (options.defaults) {
                    object.id = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.cpus && message.cpus.length) {
                    object.cpus = $Array(message.cpus.length);
                    for (let j = 0; j < message.cpus.length; ++j)
                        object.cpus[j] = message.cpus[j];
                }
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryBytes = typeof message.memoryBytes === "number" ? $BigInt(message.memoryBytes) : $util.Long.fromBits(message.memoryBytes.low >>> 0, message.memoryBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryBytes === "number")
                        object.memoryBytes = options.longs === $String ? $String(message.memoryBytes) : message.memoryBytes;
                    else
                        object.memoryBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryBytes) : options.longs === $Number ? new $util.LongBits(message.memoryBytes.low >>> 0, message.memoryBytes.high >>> 0).toNumber(true) : message.memoryBytes;
                return object;
            };

            /**
             * Converts this NumaNode to JSON.
             * @function toJSON
             * @memberof multiverse.v1.NumaNode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NumaNode.prototype.toJSON = function() {
                return NumaNode.toObject(this, $protobuf.util.toJSONOptions);
            };

            return NumaNode;
        })();

        v1.PciDevice = (function() {

            /**
             * Properties of a PciDevice.
             * @typedef {Object} multiverse.v1.PciDevice.$Properties
             * @property {string|null} [address] PciDevice address
             * @property {string|null} [vendorId] PciDevice vendorId
             * @property {string|null} [deviceId] PciDevice deviceId
             * @property {string|null} [subsystemVendorId] PciDevice subsystemVendorId
             * @property {string|null} [subsystemDeviceId] PciDevice subsystemDeviceId
             * @property {string|null} [classCode] PciDevice classCode
             * @property {string|null} [className] PciDevice className
             * @property {string|null} [vendorName] PciDevice vendorName
             * @property {string|null} [deviceName] PciDevice deviceName
             * @property {string|null} [driver] PciDevice driver
             * @property {number|null} [iommuGroup] PciDevice iommuGroup
             * @property {number|null} [numaNode] PciDevice numaNode
             * @property {boolean|null} [isBridge] PciDevice isBridge
             * @property {boolean|null} [bootVga] PciDevice bootVga
             * @property {Array.<string>|null} [netInterfaces] PciDevice netInterfaces
             * @property {multiverse.v1.SriovInfo.$Properties|null} [sriov] PciDevice sriov
             * @property {string|null} [physfn] PciDevice physfn
             * @property {boolean|null} [assignable] PciDevice assignable
             * @property {Array.<multiverse.v1.Reason.$Properties>|null} [reasons] PciDevice reasons
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PciDevice.
             * @memberof multiverse.v1
             * @interface IPciDevice
             * @augments multiverse.v1.PciDevice.$Properties
             * @deprecated Use multiverse.v1.PciDevice.$Properties instead.
             */

            /**
             * Shape of a PciDevice.
             * @typedef {multiverse.v1.PciDevice.$Properties} multiverse.v1.PciDevice.$Shape
             */

            /**
             * Constructs a new PciDevice.
             * @memberof multiverse.v1
             * @classdesc Represents a PciDevice.
             * @constructor
             * @param {multiverse.v1.PciDevice.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PciDevice = function (properties) {
                this.netInterfaces = [];
                this.reasons = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PciDevice address.
             * @member {string} address
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.address = "";

            /**
             * PciDevice vendorId.
             * @member {string|null|undefined} vendorId
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.vendorId = null;

            /**
             * PciDevice deviceId.
             * @member {string|null|undefined} deviceId
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.deviceId = null;

            /**
             * PciDevice subsystemVendorId.
             * @member {string|null|undefined} subsystemVendorId
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.subsystemVendorId = null;

            /**
             * PciDevice subsystemDeviceId.
             * @member {string|null|undefined} subsystemDeviceId
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.subsystemDeviceId = null;

            /**
             * PciDevice classCode.
             * @member {string|null|undefined} classCode
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.classCode = null;

            /**
             * PciDevice className.
             * @member {string} className
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.className = "";

            /**
             * PciDevice vendorName.
             * @member {string|null|undefined} vendorName
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.vendorName = null;

            /**
             * PciDevice deviceName.
             * @member {string|null|undefined} deviceName
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.deviceName = null;

            /**
             * PciDevice driver.
             * @member {string|null|undefined} driver
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.driver = null;

            /**
             * PciDevice iommuGroup.
             * @member {number|null|undefined} iommuGroup
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.iommuGroup = null;

            /**
             * PciDevice numaNode.
             * @member {number|null|undefined} numaNode
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.numaNode = null;

            /**
             * PciDevice isBridge.
             * @member {boolean} isBridge
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.isBridge = false;

            /**
             * PciDevice bootVga.
             * @member {boolean} bootVga
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.bootVga = false;

            /**
             * PciDevice netInterfaces.
             * @member {Array.<string>} netInterfaces
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.netInterfaces = $util.emptyArray;

            /**
             * PciDevice sriov.
             * @member {multiverse.v1.SriovInfo.$Properties|null|undefined} sriov
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.sriov = null;

            /**
             * PciDevice physfn.
             * @member {string|null|undefined} physfn
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.physfn = null;

            /**
             * PciDevice assignable.
             * @member {boolean} assignable
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.assignable = false;

            /**
             * PciDevice reasons.
             * @member {Array.<multiverse.v1.Reason.$Properties>} reasons
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.reasons = $util.emptyArray;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PciDevice.prototype, "_vendorId", {
                get: $util.oneOfGetter($oneOfFields = ["vendorId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PciDevice.prototype, "_deviceId", {
                get: $util.oneOfGetter($oneOfFields = ["deviceId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PciDevice.prototype, "_subsystemVendorId", {
                get: $util.oneOfGetter($oneOfFields = ["subsystemVendorId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PciDevice.prototype, "_subsystemDeviceId", {
                get: $util.oneOfGetter($oneOfFields = ["subsystemDeviceId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PciDevice.prototype, "_classCode", {
                get: $util.oneOfGetter($oneOfFields = ["classCode"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PciDevice.prototype, "_vendorName", {
                get: $util.oneOfGetter($oneOfFields = ["vendorName"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PciDevice.prototype, "_deviceName", {
                get: $util.oneOfGetter($oneOfFields = ["deviceName"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PciDevice.prototype, "_driver", {
                get: $util.oneOfGetter($oneOfFields = ["driver"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PciDevice.prototype, "_iommuGroup", {
                get: $util.oneOfGetter($oneOfFields = ["iommuGroup"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PciDevice.prototype, "_numaNode", {
                get: $util.oneOfGetter($oneOfFields = ["numaNode"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PciDevice.prototype, "_physfn", {
                get: $util.oneOfGetter($oneOfFields = ["physfn"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new PciDevice instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.PciDevice
             * @static
             * @param {multiverse.v1.PciDevice.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.PciDevice} PciDevice instance
             * @type {{
             *   (properties: multiverse.v1.PciDevice.$Shape): multiverse.v1.PciDevice & multiverse.v1.PciDevice.$Shape;
             *   (properties?: multiverse.v1.PciDevice.$Properties): multiverse.v1.PciDevice;
             * }}
             */
            PciDevice.create = function(properties) {
                return new PciDevice(properties);
            };

            /**
             * Encodes the specified PciDevice message. Does not implicitly {@link multiverse.v1.PciDevice.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.PciDevice
             * @static
             * @param {multiverse.v1.PciDevice.$Properties} message PciDevice message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PciDevice.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.address);
                if (message.vendorId != null && $Object.hasOwnProperty.call(message, "vendorId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.vendorId);
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.deviceId);
                if (message.subsystemVendorId != null && $Object.hasOwnProperty.call(message, "subsystemVendorId"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.subsystemVendorId);
                if (message.subsystemDeviceId != null && $Object.hasOwnProperty.call(message, "subsystemDeviceId"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.subsystemDeviceId);
                if (message.classCode != null && $Object.hasOwnProperty.call(message, "classCode"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.classCode);
                if (message.className != null && $Object.hasOwnProperty.call(message, "className") && message.className !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.className);
                if (message.vendorName != null && $Object.hasOwnProperty.call(message, "vendorName"))
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.vendorName);
                if (message.deviceName != null && $Object.hasOwnProperty.call(message, "deviceName"))
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.deviceName);
                if (message.driver != null && $Object.hasOwnProperty.call(message, "driver"))
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.driver);
                if (message.iommuGroup != null && $Object.hasOwnProperty.call(message, "iommuGroup"))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.iommuGroup);
                if (message.numaNode != null && $Object.hasOwnProperty.call(message, "numaNode"))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.numaNode);
                if (message.isBridge != null && $Object.hasOwnProperty.call(message, "isBridge") && message.isBridge !== false)
                    writer.uint32(/* id 13, wireType 0 =*/104).bool(message.isBridge);
                if (message.bootVga != null && $Object.hasOwnProperty.call(message, "bootVga") && message.bootVga !== false)
                    writer.uint32(/* id 14, wireType 0 =*/112).bool(message.bootVga);
                if (message.netInterfaces != null && message.netInterfaces.length)
                    for (let i = 0; i < message.netInterfaces.length; ++i)
                        writer.uint32(/* id 15, wireType 2 =*/122).string(message.netInterfaces[i]);
                if (message.sriov != null && $Object.hasOwnProperty.call(message, "sriov"))
                    $root.multiverse.v1.SriovInfo.encode(message.sriov, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.physfn != null && $Object.hasOwnProperty.call(message, "physfn"))
                    writer.uint32(/* id 17, wireType 2 =*/138).string(message.physfn);
                if (message.assignable != null && $Object.hasOwnProperty.call(message, "assignable") && message.assignable !== false)
                    writer.uint32(/* id 18, wireType 0 =*/144).bool(message.assignable);
                if (message.reasons != null && message.reasons.length)
                    for (let i = 0; i < message.reasons.length; ++i)
                        $root.multiverse.v1.Reason.encode(message.reasons[i], writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PciDevice message, length delimited. Does not implicitly {@link multiverse.v1.PciDevice.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.PciDevice
             * @static
             * @param {multiverse.v1.PciDevice.$Properties} message PciDevice message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PciDevice.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PciDevice message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.PciDevice
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.PciDevice & multiverse.v1.PciDevice.$Shape} PciDevice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PciDevice.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.PciDevice();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.address = value;
                            else
                                delete message.address;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.vendorId = reader.stringVerify();
                            message._vendorId = "vendorId";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.deviceId = reader.stringVerify();
                            message._deviceId = "deviceId";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.subsystemVendorId = reader.stringVerify();
                            message._subsystemVendorId = "subsystemVendorId";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.subsystemDeviceId = reader.stringVerify();
                            message._subsystemDeviceId = "subsystemDeviceId";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.classCode = reader.stringVerify();
                            message._classCode = "classCode";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.className = value;
                            else
                                delete message.className;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.vendorName = reader.stringVerify();
                            message._vendorName = "vendorName";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.deviceName = reader.stringVerify();
                            message._deviceName = "deviceName";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.driver = reader.stringVerify();
                            message._driver = "driver";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            message.iommuGroup = reader.uint32();
                            message._iommuGroup = "iommuGroup";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            message.numaNode = reader.uint32();
                            message._numaNode = "numaNode";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.isBridge = value;
                            else
                                delete message.isBridge;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.bootVga = value;
                            else
                                delete message.bootVga;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if (!(message.netInterfaces && message.netInterfaces.length))
                                message.netInterfaces = [];
                            message.netInterfaces.push(reader.stringVerify());
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.sriov = $root.multiverse.v1.SriovInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.sriov);
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.physfn = reader.stringVerify();
                            message._physfn = "physfn";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.assignable = value;
                            else
                                delete message.assignable;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            if (!(message.reasons && message.reasons.length))
                                message.reasons = [];
                            message.reasons.push($root.multiverse.v1.Reason.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PciDevice message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.PciDevice
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.PciDevice & multiverse.v1.PciDevice.$Shape} PciDevice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PciDevice.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PciDevice message.
             * @function verify
             * @memberof multiverse.v1.PciDevice
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PciDevice.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    if (!$util.isString(message.address))
                        return "address: string expected";
                if (message.vendorId != null && $Object.hasOwnProperty.call(message, "vendorId")) {
                    properties._vendorId = 1;
                    if (!$util.isString(message.vendorId))
                        return "vendorId: string expected";
                }
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId")) {
                    properties._deviceId = 1;
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                }
                if (message.subsystemVendorId != null && $Object.hasOwnProperty.call(message, "subsystemVendorId")) {
                    properties._subsystemVendorId = 1;
                    if (!$util.isString(message.subsystemVendorId))
                        return "subsystemVendorId: string expected";
                }
                if (message.subsystemDeviceId != null && $Object.hasOwnProperty.call(message, "subsystemDeviceId")) {
                    properties._subsystemDeviceId = 1;
                    if (!$util.isString(message.subsystemDeviceId))
                        return "subsystemDeviceId: string expected";
                }
                if (message.classCode != null && $Object.hasOwnProperty.call(message, "classCode")) {
                    properties._classCode = 1;
                    if (!$util.isString(message.classCode))
                        return "classCode: string expected";
                }
                if (message.className != null && $Object.hasOwnProperty.call(message, "className"))
                    if (!$util.isString(message.className))
                        return "className: string expected";
                if (message.vendorName != null && $Object.hasOwnProperty.call(message, "vendorName")) {
                    properties._vendorName = 1;
                    if (!$util.isString(message.vendorName))
                        return "vendorName: string expected";
                }
                if (message.deviceName != null && $Object.hasOwnProperty.call(message, "deviceName")) {
                    properties._deviceName = 1;
                    if (!$util.isString(message.deviceName))
                        return "deviceName: string expected";
                }
                if (message.driver != null && $Object.hasOwnProperty.call(message, "driver")) {
                    properties._driver = 1;
                    if (!$util.isString(message.driver))
                        return "driver: string expected";
                }
                if (message.iommuGroup != null && $Object.hasOwnProperty.call(message, "iommuGroup")) {
                    properties._iommuGroup = 1;
                    if (!$util.isInteger(message.iommuGroup))
                        return "iommuGroup: integer expected";
                }
                if (message.numaNode != null && $Object.hasOwnProperty.call(message, "numaNode")) {
                    properties._numaNode = 1;
                    if (!$util.isInteger(message.numaNode))
                        return "numaNode: integer expected";
                }
                if (message.isBridge != null && $Object.hasOwnProperty.call(message, "isBridge"))
                    if (typeof message.isBridge !== "boolean")
                        return "isBridge: boolean expected";
                if (message.bootVga != null && $Object.hasOwnProperty.call(message, "bootVga"))
                    if (typeof message.bootVga !== "boolean")
                        return "bootVga: boolean expected";
                if (message.netInterfaces != null && $Object.hasOwnProperty.call(message, "netInterfaces")) {
                    if (!$Array.isArray(message.netInterfaces))
                        return "netInterfaces: array expected";
                    for (let i = 0; i < message.netInterfaces.length; ++i)
                        if (!$util.isString(message.netInterfaces[i]))
                            return "netInterfaces: string[] expected";
                }
                if (message.sriov != null && $Object.hasOwnProperty.call(message, "sriov")) {
                    let error = $root.multiverse.v1.SriovInfo.verify(message.sriov, _depth + 1);
                    if (error)
                        return "sriov." + error;
                }
                if (message.physfn != null && $Object.hasOwnProperty.call(message, "physfn")) {
                    properties._physfn = 1;
                    if (!$util.isString(message.physfn))
                        return "physfn: string expected";
                }
                if (message.assignable != null && $Object.hasOwnProperty.call(message, "assignable"))
                    if (typeof message.assignable !== "boolean")
                        return "assignable: boolean expected";
                if (message.reasons != null && $Object.hasOwnProperty.call(message, "reasons")) {
                    if (!$Array.isArray(message.reasons))
                        return "reasons: array expected";
                    for (let i = 0; i < message.reasons.length; ++i) {
                        let error = $root.multiverse.v1.Reason.verify(message.reasons[i], _depth + 1);
                        if (error)
                            return "reasons." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a PciDevice message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.PciDevice
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.PciDevice} PciDevice
             */
            PciDevice.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.PciDevice)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.PciDevice: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.PciDevice();
                if (object.address != null)
                    if (typeof object.address !== "string" || object.address.length)
                        message.address = $String(object.address);
                if (object.vendorId != null)
                    message.vendorId = $String(object.vendorId);
                if (object.deviceId != null)
                    message.deviceId = $String(object.deviceId);
                if (object.subsystemVendorId != null)
                    message.subsystemVendorId = $String(object.subsystemVendorId);
                if (object.subsystemDeviceId != null)
                    message.subsystemDeviceId = $String(object.subsystemDeviceId);
                if (object.classCode != null)
                    message.classCode = $String(object.classCode);
                if (object.className != null)
                    if (typeof object.className !== "string" || object.className.length)
                        message.className = $String(object.className);
                if (object.vendorName != null)
                    message.vendorName = $String(object.vendorName);
                if (object.deviceName != null)
                    message.deviceName = $String(object.deviceName);
                if (object.driver != null)
                    message.driver = $String(object.driver);
                if (object.iommuGroup != null)
                    message.iommuGroup = object.iommuGroup >>> 0;
                if (object.numaNode != null)
                    message.numaNode = object.numaNode >>> 0;
                if (object.isBridge != null)
                    if (object.isBridge)
                        message.isBridge = $Boolean(object.isBridge);
                if (object.bootVga != null)
                    if (object.bootVga)
                        message.bootVga = $Boolean(object.bootVga);
                if (object.netInterfaces) {
                    if (!$Array.isArray(object.netInterfaces))
                        throw $TypeError(".multiverse.v1.PciDevice.netInterfaces: array expected");
                    message.netInterfaces = $Array(object.netInterfaces.length);
                    for (let i = 0; i < object.netInterfaces.length; ++i)
                        message.netInterfaces[i] = $String(object.netInterfaces[i]);
                }
                if (object.sriov != null) {
                    if (!$util.isObject(object.sriov))
                        throw $TypeError(".multiverse.v1.PciDevice.sriov: object expected");
                    message.sriov = $root.multiverse.v1.SriovInfo.fromObject(object.sriov, _depth + 1);
                }
                if (object.physfn != null)
                    message.physfn = $String(object.physfn);
                if (object.assignable != null)
                    if (object.assignable)
                        message.assignable = $Boolean(object.assignable);
                if (object.reasons) {
                    if (!$Array.isArray(object.reasons))
                        throw $TypeError(".multiverse.v1.PciDevice.reasons: array expected");
                    message.reasons = $Array(object.reasons.length);
                    for (let i = 0; i < object.reasons.length; ++i) {
                        if (!$util.isObject(object.reasons[i]))
                            throw $TypeError(".multiverse.v1.PciDevice.reasons: object expected");
                        message.reasons[i] = $root.multiverse.v1.Reason.fromObject(object.reasons[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a PciDevice message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.PciDevice
             * @static
             * @param {multiverse.v1.PciDevice} message PciDevice
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PciDevice.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.netInterfaces = [];
                    object.reasons = [];
                }
                if (options.defaults) {
                    object.address = "";
                    object.className = "";
                    object.isBridge = false;
                    object.bootVga = false;
                    object.sriov = null;
                    object.assignable = false;
                }
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    object.address = message.address;
                if (message.vendorId != null && $Object.hasOwnProperty.call(message, "vendorId"))
                    object.vendorId = message.vendorId;
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.subsystemVendorId != null && $Object.hasOwnProperty.call(message, "subsystemVendorId"))
                    object.subsystemVendorId = message.subsystemVendorId;
                if (message.subsystemDeviceId != null && $Object.hasOwnProperty.call(message, "subsystemDeviceId"))
                    object.subsystemDeviceId = message.subsystemDeviceId;
                if (message.classCode != null && $Object.hasOwnProperty.call(message, "classCode"))
                    object.classCode = message.classCode;
                if (message.className != null && $Object.hasOwnProperty.call(message, "className"))
                    object.className = message.className;
                if (message.vendorName != null && $Object.hasOwnProperty.call(message, "vendorName"))
                    object.vendorName = message.vendorName;
                if (message.deviceName != null && $Object.hasOwnProperty.call(message, "deviceName"))
                    object.deviceName = message.deviceName;
                if (message.driver != null && $Object.hasOwnProperty.call(message, "driver"))
                    object.driver = message.driver;
                if (message.iommuGroup != null && $Object.hasOwnProperty.call(message, "iommuGroup"))
                    object.iommuGroup = message.iommuGroup;
                if (message.numaNode != null && $Object.hasOwnProperty.call(message, "numaNode"))
                    object.numaNode = message.numaNode;
                if (message.isBridge != null && $Object.hasOwnProperty.call(message, "isBridge"))
                    object.isBridge = message.isBridge;
                if (message.bootVga != null && $Object.hasOwnProperty.call(message, "bootVga"))
                    object.bootVga = message.bootVga;
                if (message.netInterfaces && message.netInterfaces.length) {
                    object.netInterfaces = $Array(message.netInterfaces.length);
                    for (let j = 0; j < message.netInterfaces.length; ++j)
                        object.netInterfaces[j] = message.netInterfaces[j];
                }
                if (message.sriov != null && $Object.hasOwnProperty.call(message, "sriov"))
                    object.sriov = $root.multiverse.v1.SriovInfo.toObject(message.sriov, options, _depth + 1);
                if (message.physfn != null && $Object.hasOwnProperty.call(message, "physfn"))
                    object.physfn = message.physfn;
                if (message.assignable != null && $Object.hasOwnProperty.call(message, "assignable"))
                    object.assignable = message.assignable;
                if (message.reasons && message.reasons.length) {
                    object.reasons = $Array(message.reasons.length);
                    for (let j = 0; j < message.reasons.length; ++j)
                        object.reasons[j] = $root.multiverse.v1.Reason.toObject(message.reasons[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this PciDevice to JSON.
             * @function toJSON
             * @memberof multiverse.v1.PciDevice
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PciDevice.prototype.toJSON = function() {
                return PciDevice.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PciDevice;
        })();

        v1.SriovInfo = (function() {

            /**
             * Properties of a SriovInfo.
             * @typedef {Object} multiverse.v1.SriovInfo.$Properties
             * @property {number|null} [totalVfs] SriovInfo totalVfs
             * @property {number|null} [numVfs] SriovInfo numVfs
             * @property {Array.<string>|null} [vfs] SriovInfo vfs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SriovInfo.
             * @memberof multiverse.v1
             * @interface ISriovInfo
             * @augments multiverse.v1.SriovInfo.$Properties
             * @deprecated Use multiverse.v1.SriovInfo.$Properties instead.
             */

            /**
             * Shape of a SriovInfo.
             * @typedef {multiverse.v1.SriovInfo.$Properties} multiverse.v1.SriovInfo.$Shape
             */

            /**
             * Constructs a new SriovInfo.
             * @memberof multiverse.v1
             * @classdesc Represents a SriovInfo.
             * @constructor
             * @param {multiverse.v1.SriovInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SriovInfo = function (properties) {
                this.vfs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SriovInfo totalVfs.
             * @member {number} totalVfs
             * @memberof multiverse.v1.SriovInfo
             * @instance
             */
            SriovInfo.prototype.totalVfs = 0;

            /**
             * SriovInfo numVfs.
             * @member {number} numVfs
             * @memberof multiverse.v1.SriovInfo
             * @instance
             */
            SriovInfo.prototype.numVfs = 0;

            /**
             * SriovInfo vfs.
             * @member {Array.<string>} vfs
             * @memberof multiverse.v1.SriovInfo
             * @instance
             */
            SriovInfo.prototype.vfs = $util.emptyArray;

            /**
             * Creates a new SriovInfo instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.SriovInfo
             * @static
             * @param {multiverse.v1.SriovInfo.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.SriovInfo} SriovInfo instance
             * @type {{
             *   (properties: multiverse.v1.SriovInfo.$Shape): multiverse.v1.SriovInfo & multiverse.v1.SriovInfo.$Shape;
             *   (properties?: multiverse.v1.SriovInfo.$Properties): multiverse.v1.SriovInfo;
             * }}
             */
            SriovInfo.create = function(properties) {
                return new SriovInfo(properties);
            };

            /**
             * Encodes the specified SriovInfo message. Does not implicitly {@link multiverse.v1.SriovInfo.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.SriovInfo
             * @static
             * @param {multiverse.v1.SriovInfo.$Properties} message SriovInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SriovInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.totalVfs != null && $Object.hasOwnProperty.call(message, "totalVfs") && message.totalVfs !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.totalVfs);
                if (message.numVfs != null && $Object.hasOwnProperty.call(message, "numVfs") && message.numVfs !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.numVfs);
                if (message.vfs != null && message.vfs.length)
                    for (let i = 0; i < message.vfs.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.vfs[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SriovInfo message, length delimited. Does not implicitly {@link multiverse.v1.SriovInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.SriovInfo
             * @static
             * @param {multiverse.v1.SriovInfo.$Properties} message SriovInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SriovInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SriovInfo message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.SriovInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.SriovInfo & multiverse.v1.SriovInfo.$Shape} SriovInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SriovInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.SriovInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.totalVfs = value;
                            else
                                delete message.totalVfs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.numVfs = value;
                            else
                                delete message.numVfs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.vfs && message.vfs.length))
                                message.vfs = [];
                            message.vfs.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SriovInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.SriovInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.SriovInfo & multiverse.v1.SriovInfo.$Shape} SriovInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SriovInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SriovInfo message.
             * @function verify
             * @memberof multiverse.v1.SriovInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SriovInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.totalVfs != null && $Object.hasOwnProperty.call(message, "totalVfs"))
                    if (!$util.isInteger(message.totalVfs))
                        return "totalVfs: integer expected";
                if (message.numVfs != null && $Object.hasOwnProperty.call(message, "numVfs"))
                    if (!$util.isInteger(message.numVfs))
                        return "numVfs: integer expected";
                if (message.vfs != null && $Object.hasOwnProperty.call(message, "vfs")) {
                    if (!$Array.isArray(message.vfs))
                        return "vfs: array expected";
                    for (let i = 0; i < message.vfs.length; ++i)
                        if (!$util.isString(message.vfs[i]))
                            return "vfs: string[] expected";
                }
                return null;
            };

            /**
             * Creates a SriovInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.SriovInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.SriovInfo} SriovInfo
             */
            SriovInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.SriovInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.SriovInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.SriovInfo();
                if (object.totalVfs != null)
                    if ($Number(object.totalVfs) !== 0)
                        message.totalVfs = object.totalVfs >>> 0;
                if (object.numVfs != null)
                    if ($Number(object.numVfs) !== 0)
                        message.numVfs = object.numVfs >>> 0;
                if (object.vfs) {
                    if (!$Array.isArray(object.vfs))
                        throw $TypeError(".multiverse.v1.SriovInfo.vfs: array expected");
                    message.vfs = $Array(object.vfs.length);
                    for (let i = 0; i < object.vfs.length; ++i)
                        message.vfs[i] = $String(object.vfs[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a SriovInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.SriovInfo
             * @static
             * @param {multiverse.v1.SriovInfo} message SriovInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SriovInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.vfs = [];
                if (options.defaults) {
                    object.totalVfs = 0;
                    object.numVfs = 0;
                }
                if (message.totalVfs != null && $Object.hasOwnProperty.call(message, "totalVfs"))
                    object.totalVfs = message.totalVfs;
                if (message.numVfs != null && $Object.hasOwnProperty.call(message, "numVfs"))
                    object.numVfs = message.numVfs;
                if (message.vfs && message.vfs.length) {
                    object.vfs = $Array(message.vfs.length);
                    for (let j = 0; j < message.vfs.length; ++j)
                        object.vfs[j] = message.vfs[j];
                }
                return object;
            };

            /**
             * Converts this SriovInfo to JSON.
             * @function toJSON
             * @memberof multiverse.v1.SriovInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SriovInfo.prototype.toJSON = function() {
                return SriovInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SriovInfo;
        })();

        v1.IommuGroup = (function() {

            /**
             * Properties of an IommuGroup.
             * @typedef {Object} multiverse.v1.IommuGroup.$Properties
             * @property {number|null} [id] IommuGroup id
             * @property {Array.<string>|null} [devices] IommuGroup devices
             * @property {Array.<string>|null} [endpoints] IommuGroup endpoints
             * @property {boolean|null} [assignable] IommuGroup assignable
             * @property {Array.<multiverse.v1.Reason.$Properties>|null} [reasons] IommuGroup reasons
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IommuGroup.
             * @memberof multiverse.v1
             * @interface IIommuGroup
             * @augments multiverse.v1.IommuGroup.$Properties
             * @deprecated Use multiverse.v1.IommuGroup.$Properties instead.
             */

            /**
             * Shape of an IommuGroup.
             * @typedef {multiverse.v1.IommuGroup.$Properties} multiverse.v1.IommuGroup.$Shape
             */

            /**
             * Constructs a new IommuGroup.
             * @memberof multiverse.v1
             * @classdesc Represents an IommuGroup.
             * @constructor
             * @param {multiverse.v1.IommuGroup.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IommuGroup = function (properties) {
                this.devices = [];
                this.endpoints = [];
                this.reasons = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IommuGroup id.
             * @member {number} id
             * @memberof multiverse.v1.IommuGroup
             * @instance
             */
            IommuGroup.prototype.id = 0;

            /**
             * IommuGroup devices.
             * @member {Array.<string>} devices
             * @memberof multiverse.v1.IommuGroup
             * @instance
             */
            IommuGroup.prototype.devices = $util.emptyArray;

            /**
             * IommuGroup endpoints.
             * @member {Array.<string>} endpoints
             * @memberof multiverse.v1.IommuGroup
             * @instance
             */
            IommuGroup.prototype.endpoints = $util.emptyArray;

            /**
             * IommuGroup assignable.
             * @member {boolean} assignable
             * @memberof multiverse.v1.IommuGroup
             * @instance
             */
            IommuGroup.prototype.assignable = false;

            /**
             * IommuGroup reasons.
             * @member {Array.<multiverse.v1.Reason.$Properties>} reasons
             * @memberof multiverse.v1.IommuGroup
             * @instance
             */
            IommuGroup.prototype.reasons = $util.emptyArray;

            /**
             * Creates a new IommuGroup instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.IommuGroup
             * @static
             * @param {multiverse.v1.IommuGroup.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.IommuGroup} IommuGroup instance
             * @type {{
             *   (properties: multiverse.v1.IommuGroup.$Shape): multiverse.v1.IommuGroup & multiverse.v1.IommuGroup.$Shape;
             *   (properties?: multiverse.v1.IommuGroup.$Properties): multiverse.v1.IommuGroup;
             * }}
             */
            IommuGroup.create = function(properties) {
                return new IommuGroup(properties);
            };

            /**
             * Encodes the specified IommuGroup message. Does not implicitly {@link multiverse.v1.IommuGroup.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.IommuGroup
             * @static
             * @param {multiverse.v1.IommuGroup.$Properties} message IommuGroup message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IommuGroup.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                if (message.devices != null && message.devices.length)
                    for (let i = 0; i < message.devices.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.devices[i]);
                if (message.endpoints != null && message.endpoints.length)
                    for (let i = 0; i < message.endpoints.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.endpoints[i]);
                if (message.assignable != null && $Object.hasOwnProperty.call(message, "assignable") && message.assignable !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.assignable);
                if (message.reasons != null && message.reasons.length)
                    for (let i = 0; i < message.reasons.length; ++i)
                        $root.multiverse.v1.Reason.encode(message.reasons[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified IommuGroup message, length delimited. Does not implicitly {@link multiverse.v1.IommuGroup.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.IommuGroup
             * @static
             * @param {multiverse.v1.IommuGroup.$Properties} message IommuGroup message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IommuGroup.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an IommuGroup message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.IommuGroup
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.IommuGroup & multiverse.v1.IommuGroup.$Shape} IommuGroup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IommuGroup.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.IommuGroup();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.devices && message.devices.length))
                                message.devices = [];
                            message.devices.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.endpoints && message.endpoints.length))
                                message.endpoints = [];
                            message.endpoints.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.assignable = value;
                            else
                                delete message.assignable;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.reasons && message.reasons.length))
                                message.reasons = [];
                            message.reasons.push($root.multiverse.v1.Reason.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an IommuGroup message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.IommuGroup
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.IommuGroup & multiverse.v1.IommuGroup.$Shape} IommuGroup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IommuGroup.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an IommuGroup message.
             * @function verify
             * @memberof multiverse.v1.IommuGroup
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            IommuGroup.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isInteger(message.id))
                        return "id: integer expected";
                if (message.devices != null && $Object.hasOwnProperty.call(message, "devices")) {
                    if (!$Array.isArray(message.devices))
                        return "devices: array expected";
                    for (let i = 0; i < message.devices.length; ++i)
                        if (!$util.isString(message.devices[i]))
                            return "devices: string[] expected";
                }
                if (message.endpoints != null && $Object.hasOwnProperty.call(message, "endpoints")) {
                    if (!$Array.isArray(message.endpoints))
                        return "endpoints: array expected";
                    for (let i = 0; i < message.endpoints.length; ++i)
                        if (!$util.isString(message.endpoints[i]))
                            return "endpoints: string[] expected";
                }
                if (message.assignable != null && $Object.hasOwnProperty.call(message, "assignable"))
                    if (typeof message.assignable !== "boolean")
                        return "assignable: boolean expected";
                if (message.reasons != null && $Object.hasOwnProperty.call(message, "reasons")) {
                    if (!$Array.isArray(message.reasons))
                        return "reasons: array expected";
                    for (let i = 0; i < message.reasons.length; ++i) {
                        let error = $root.multiverse.v1.Reason.verify(message.reasons[i], _depth + 1);
                        if (error)
                            return "reasons." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an IommuGroup message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.IommuGroup
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.IommuGroup} IommuGroup
             */
            IommuGroup.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.IommuGroup)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.IommuGroup: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.IommuGroup();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.devices) {
                    if (!$Array.isArray(object.devices))
                        throw $TypeError(".multiverse.v1.IommuGroup.devices: array expected");
                    message.devices = $Array(object.devices.length);
                    for (let i = 0; i < object.devices.length; ++i)
                        message.devices[i] = $String(object.devices[i]);
                }
                if (object.endpoints) {
                    if (!$Array.isArray(object.endpoints))
                        throw $TypeError(".multiverse.v1.IommuGroup.endpoints: array expected");
                    message.endpoints = $Array(object.endpoints.length);
                    for (let i = 0; i < object.endpoints.length; ++i)
                        message.endpoints[i] = $String(object.endpoints[i]);
                }
                if (object.assignable != null)
                    if (object.assignable)
                        message.assignable = $Boolean(object.assignable);
                if (object.reasons) {
                    if (!$Array.isArray(object.reasons))
                        throw $TypeError(".multiverse.v1.IommuGroup.reasons: array expected");
                    message.reasons = $Array(object.reasons.length);
                    for (let i = 0; i < object.reasons.length; ++i) {
                        if (!$util.isObject(object.reasons[i]))
                            throw $TypeError(".multiverse.v1.IommuGroup.reasons: object expected");
                        message.reasons[i] = $root.multiverse.v1.Reason.fromObject(object.reasons[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an IommuGroup message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.IommuGroup
             * @static
             * @param {multiverse.v1.IommuGroup} message IommuGroup
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            IommuGroup.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.devices = [];
                    object.endpoints = [];
                    object.reasons = [];
                }
                if (options.defaults) {
                    object.id = 0;
                    object.assignable = false;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.devices && message.devices.length) {
                    object.devices = $Array(message.devices.length);
                    for (let j = 0; j < message.devices.length; ++j)
                        object.devices[j] = message.devices[j];
                }
                if (message.endpoints && message.endpoints.length) {
                    object.endpoints = $Array(message.endpoints.length);
                    for (let j = 0; j < message.endpoints.length; ++j)
                        object.endpoints[j] = message.endpoints[j];
                }
                if (message.assignable != null && $Object.hasOwnProperty.call(message, "assignable"))
                    object.assignable = message.assignable;
                if (message.reasons && message.reasons.length) {
                    object.reasons = $Array(message.reasons.length);
                    for (let j = 0; j < message.reasons.length; ++j)
                        object.reasons[j] = $root.multiverse.v1.Reason.toObject(message.reasons[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this IommuGroup to JSON.
             * @function toJSON
             * @memberof multiverse.v1.IommuGroup
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            IommuGroup.prototype.toJSON = function() {
                return IommuGroup.toObject(this, $protobuf.util.toJSONOptions);
            };

            return IommuGroup;
        })();

        v1.Reason = (function() {

            /**
             * Properties of a Reason.
             * @typedef {Object} multiverse.v1.Reason.$Properties
             * @property {string|null} [code] Reason code
             * @property {string|null} [detail] Reason detail
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Reason.
             * @memberof multiverse.v1
             * @interface IReason
             * @augments multiverse.v1.Reason.$Properties
             * @deprecated Use multiverse.v1.Reason.$Properties instead.
             */

            /**
             * Shape of a Reason.
             * @typedef {multiverse.v1.Reason.$Properties} multiverse.v1.Reason.$Shape
             */

            /**
             * Constructs a new Reason.
             * @memberof multiverse.v1
             * @classdesc Represents a Reason.
             * @constructor
             * @param {multiverse.v1.Reason.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Reason = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Reason code.
             * @member {string} code
             * @memberof multiverse.v1.Reason
             * @instance
             */
            Reason.prototype.code = "";

            /**
             * Reason detail.
             * @member {string} detail
             * @memberof multiverse.v1.Reason
             * @instance
             */
            Reason.prototype.detail = "";

            /**
             * Creates a new Reason instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.Reason
             * @static
             * @param {multiverse.v1.Reason.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.Reason} Reason instance
             * @type {{
             *   (properties: multiverse.v1.Reason.$Shape): multiverse.v1.Reason & multiverse.v1.Reason.$Shape;
             *   (properties?: multiverse.v1.Reason.$Properties): multiverse.v1.Reason;
             * }}
             */
            Reason.create = function(properties) {
                return new Reason(properties);
            };

            /**
             * Encodes the specified Reason message. Does not implicitly {@link multiverse.v1.Reason.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.Reason
             * @static
             * @param {multiverse.v1.Reason.$Properties} message Reason message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reason.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.detail);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Reason message, length delimited. Does not implicitly {@link multiverse.v1.Reason.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.Reason
             * @static
             * @param {multiverse.v1.Reason.$Properties} message Reason message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reason.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Reason message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.Reason
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.Reason & multiverse.v1.Reason.$Shape} Reason
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reason.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.Reason();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.detail = value;
                            else
                                delete message.detail;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Reason message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.Reason
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.Reason & multiverse.v1.Reason.$Shape} Reason
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reason.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Reason message.
             * @function verify
             * @memberof multiverse.v1.Reason
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Reason.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    if (!$util.isString(message.detail))
                        return "detail: string expected";
                return null;
            };

            /**
             * Creates a Reason message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.Reason
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.Reason} Reason
             */
            Reason.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.Reason)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.Reason: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.Reason();
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.detail != null)
                    if (typeof object.detail !== "string" || object.detail.length)
                        message.detail = $String(object.detail);
                return message;
            };

            /**
             * Creates a plain object from a Reason message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.Reason
             * @static
             * @param {multiverse.v1.Reason} message Reason
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Reason.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = "";
                    object.detail = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    object.detail = message.detail;
                return object;
            };

            /**
             * Converts this Reason to JSON.
             * @function toJSON
             * @memberof multiverse.v1.Reason
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Reason.prototype.toJSON = function() {
                return Reason.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Reason;
        })();

        return v1;
    })();

    return multiverse;
})();

export {
  $root as default
};
