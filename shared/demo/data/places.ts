/** A city with a steel spot market, where demo customers sit and demo stock is warehoused. */
export interface DemoCity {
  name: string;
  /** The market region the trade groups cities by (华东, 华南 …). */
  region: string;
  /** Landline area code, for company phone numbers. */
  areaCode: string;
  /** Relative share of the market's traders. */
  weight: number;
  /** Steel markets or districts where traders have their offices. */
  markets: readonly string[];
  /** Warehouses (库) where stock lies and buyers pick up. */
  warehouses: readonly string[];
}

/** Cities of China's steel spot markets, weighted roughly by trading activity. */
export const DEMO_CITIES: readonly DemoCity[] = [
  { name: '上海', region: '华东', areaCode: '021', weight: 10, markets: ['宝山区逸仙路钢材市场', '宝山区蕴川路钢铁交易中心', '浦东新区钢材市场'], warehouses: ['上海宝山库', '上海逸仙路库', '上海吴淞库', '上海浦东库'] },
  { name: '杭州', region: '华东', areaCode: '0571', weight: 6, markets: ['拱墅区钢材市场', '萧山区钢材城'], warehouses: ['杭州钢铁物流园', '杭州半山库', '杭州萧山库'] },
  { name: '无锡', region: '华东', areaCode: '0510', weight: 7, markets: ['惠山区钢材市场', '锡山区钢铁物流园'], warehouses: ['无锡物流园', '无锡西城库', '无锡锡山库'] },
  { name: '南京', region: '华东', areaCode: '025', weight: 5, markets: ['栖霞区钢材市场', '江宁区钢材城'], warehouses: ['南京龙潭库', '南京江宁库'] },
  { name: '苏州', region: '华东', areaCode: '0512', weight: 4, markets: ['相城区钢材市场', '浒关钢材城'], warehouses: ['苏州浒关库', '苏州相城库'] },
  { name: '常州', region: '华东', areaCode: '0519', weight: 3, markets: ['武进区钢材城', '新北区钢材市场'], warehouses: ['常州钢材城库', '常州武进库'] },
  { name: '宁波', region: '华东', areaCode: '0574', weight: 3, markets: ['镇海区钢材市场', '北仑区钢材物流园'], warehouses: ['宁波镇海库', '宁波北仑库'] },
  { name: '合肥', region: '华东', areaCode: '0551', weight: 2, markets: ['瑶海区钢材市场'], warehouses: ['合肥钢材市场库'] },
  { name: '临沂', region: '华东', areaCode: '0539', weight: 2, markets: ['兰山区钢材城'], warehouses: ['临沂钢材城库'] },
  { name: '济南', region: '华东', areaCode: '0531', weight: 2, markets: ['天桥区钢材市场'], warehouses: ['济南钢材市场库'] },
  { name: '佛山', region: '华南', areaCode: '0757', weight: 9, markets: ['顺德区乐从镇钢铁世界', '顺德区乐从钢材物流园'], warehouses: ['乐从库', '乐从钢铁世界库', '佛山陈村库'] },
  { name: '广州', region: '华南', areaCode: '020', weight: 6, markets: ['黄埔区钢材市场', '番禺区钢材城'], warehouses: ['广州黄埔库', '广州番禺库'] },
  { name: '深圳', region: '华南', areaCode: '0755', weight: 2, markets: ['龙岗区平湖钢材市场'], warehouses: ['深圳平湖库'] },
  { name: '东莞', region: '华南', areaCode: '0769', weight: 2, markets: ['麻涌镇钢材市场'], warehouses: ['东莞麻涌库'] },
  { name: '南宁', region: '华南', areaCode: '0771', weight: 2, markets: ['西乡塘区钢材市场'], warehouses: ['南宁钢材市场库'] },
  { name: '天津', region: '华北', areaCode: '022', weight: 6, markets: ['北辰区钢材市场', '东丽区钢铁交易中心'], warehouses: ['天津北辰库', '天津陈塘庄库', '天津东丽库'] },
  { name: '北京', region: '华北', areaCode: '010', weight: 3, markets: ['丰台区钢材市场', '通州区钢材城'], warehouses: ['北京南四环库', '北京通州库'] },
  { name: '唐山', region: '华北', areaCode: '0315', weight: 4, markets: ['丰润区钢材市场', '路北区钢铁物流园'], warehouses: ['唐山丰润库', '唐山钢材市场库'] },
  { name: '邯郸', region: '华北', areaCode: '0310', weight: 2, markets: ['丛台区钢材市场'], warehouses: ['邯郸钢材市场库'] },
  { name: '石家庄', region: '华北', areaCode: '0311', weight: 2, markets: ['新华区钢材市场'], warehouses: ['石家庄钢材市场库'] },
  { name: '武汉', region: '华中', areaCode: '027', weight: 4, markets: ['青山区钢材市场', '汉阳区钢材城'], warehouses: ['武汉青山库', '武汉汉阳库'] },
  { name: '长沙', region: '华中', areaCode: '0731', weight: 2, markets: ['雨花区钢材市场'], warehouses: ['长沙钢材市场库', '长沙雨花库'] },
  { name: '郑州', region: '华中', areaCode: '0371', weight: 3, markets: ['中原区钢材市场'], warehouses: ['郑州钢材市场库', '郑州中原库'] },
  { name: '成都', region: '西南', areaCode: '028', weight: 5, markets: ['青白江区钢铁物流园', '金牛区钢材城'], warehouses: ['成都青白江库', '成都钢材城库'] },
  { name: '重庆', region: '西南', areaCode: '023', weight: 4, markets: ['大渡口区钢材市场', '九龙坡区钢材城'], warehouses: ['重庆钢材市场库', '重庆大渡口库'] },
  { name: '昆明', region: '西南', areaCode: '0871', weight: 2, markets: ['官渡区钢材市场'], warehouses: ['昆明钢材市场库'] },
  { name: '贵阳', region: '西南', areaCode: '0851', weight: 1, markets: ['白云区钢材市场'], warehouses: ['贵阳钢材市场库'] },
  { name: '西安', region: '西北', areaCode: '029', weight: 3, markets: ['未央区钢材市场'], warehouses: ['西安钢材市场库', '西安北郊库'] },
  { name: '兰州', region: '西北', areaCode: '0931', weight: 1, markets: ['七里河区钢材市场'], warehouses: ['兰州钢材市场库'] },
  { name: '沈阳', region: '东北', areaCode: '024', weight: 2, markets: ['于洪区钢材市场'], warehouses: ['沈阳钢材市场库'] },
];

/** The big hub markets where sellers often keep stock away from their own city. */
export const HUB_CITY_NAMES: readonly string[] = ['上海', '佛山', '无锡', '天津'];
